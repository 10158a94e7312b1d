package dev.kairos.scenarios.city;

import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.BusinessCalendar;
import dev.kairos.solver.sla.ClockKind;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.EscalationStep;
import dev.kairos.solver.sla.PolicyMatch;
import dev.kairos.solver.sla.PolicySpec;
import dev.kairos.solver.sla.Reopen;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The SLA a field-service contract typically sells, for generated cities: an engineer on site
 * within 2 / 4 / 8 / 24 hours by priority (response met at check-in, not at a click on a device),
 * the work done within 4 / 8 / 24 / 72 hours, around the clock. Tighter than the engine's built-in
 * defaults, so that a simulated day's clocks fall due within the day and tell dispatch policies apart.
 */
public final class FieldServiceSla
{
    private static final Duration[] RESPONSE = {Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(24)};
    private static final Duration[] RESOLUTION = {Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(24), Duration.ofHours(72)};

    private FieldServiceSla()
    {
    }

    /** One policy per priority, {@code field-p1} ... {@code field-p4}, to put at {@code at}. */
    public static List<PutSlaPolicy> policies(final long at)
    {
        return java.util.Arrays.stream(Priority.values()).map(priority ->
        {
            final String id = "field-" + priority.name().toLowerCase(Locale.ROOT);
            return policy(at, id, new PolicyMatch(List.of(priority), List.of(), List.of()),
                RESPONSE[priority.ordinal()].toMillis(), TicketStatus.ON_SITE, RESOLUTION[priority.ordinal()].toMillis());
        }).toList();
    }

    /**
     * A policy of this contract's shape: around the clock, default reminders and pauses, a
     * notification at each clock's breach. Scenario files' SLA policies are built here too.
     */
    public static PutSlaPolicy policy(final long at, final String id, final PolicyMatch match, final long responseMillis,
        final TicketStatus milestone, final long resolutionMillis)
    {
        final List<EscalationStep> escalation = List.of(
            new EscalationStep(ClockKind.RESPONSE, EscalationStep.BREACH, 0, EscalationAction.NOTIFY, EscalationStep.NO_REPEAT, null),
            new EscalationStep(ClockKind.RESOLUTION, EscalationStep.BREACH, 0, EscalationAction.NOTIFY, EscalationStep.NO_REPEAT, null));
        return new PutSlaPolicy(at, id, new PolicySpec(id, match, 0, responseMillis, milestone, resolutionMillis,
            BusinessCalendar.ALWAYS.name(), PolicySpec.DEFAULT_REMINDERS, PolicySpec.DEFAULT_PAUSE_ON, escalation, Reopen.RESUME),
            false);
    }
}
