package dev.kairos.solver.sla;

import dev.kairos.solver.domain.TicketStatus;

import java.util.List;

/**
 * An SLA policy as the client writes it, validated by the gateway: whom it matches, the two
 * targets in business milliseconds, the calendar (by name), reminder thresholds in percent
 * (ascending, in (0, 100]), the field-flow statuses that pause the clocks, the escalation chain
 * and what reopening does. Ties between equally specific matching policies go to the lower
 * {@code rank}.
 */
public record PolicySpec(
    String name,
    PolicyMatch match,
    int rank,
    long responseTargetMillis,
    TicketStatus responseMilestone,
    long resolutionTargetMillis,
    String calendar,
    List<Integer> reminders,
    List<TicketStatus> pauseOn,
    List<EscalationStep> escalation,
    Reopen reopen)
{
    public static final List<Integer> DEFAULT_REMINDERS = List.of(50, 75, 90);
    public static final List<TicketStatus> DEFAULT_PAUSE_ON = List.of(TicketStatus.WAITING_CUSTOMER, TicketStatus.WAITING_PARTS);
    /** Statuses a policy may pause on: those only the field flow sets, so a pause starts and ends with a step. */
    public static final List<TicketStatus> PAUSABLE = List.of(TicketStatus.ACCEPTED, TicketStatus.EN_ROUTE,
        TicketStatus.ON_SITE, TicketStatus.WAITING_CUSTOMER, TicketStatus.WAITING_PARTS);
    /** Milestones that meet the response clock. */
    public static final List<TicketStatus> MILESTONES = List.of(TicketStatus.ACCEPTED, TicketStatus.ON_SITE);

    public PolicySpec
    {
        reminders = List.copyOf(reminders);
        pauseOn = List.copyOf(pauseOn);
        escalation = List.copyOf(escalation);
    }

    public long target(final ClockKind clock)
    {
        return clock == ClockKind.RESPONSE ? responseTargetMillis : resolutionTargetMillis;
    }
}
