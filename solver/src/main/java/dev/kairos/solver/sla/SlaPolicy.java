package dev.kairos.solver.sla;

import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.TicketStatus;

import java.time.Duration;
import java.util.List;

/**
 * A policy as the engine keeps it: its id, the client's spec, and the journal position
 * ({@code version}) and engine time of its last change. Built-in policies are the fallback every
 * ticket gets when no configured policy matches it, so a policy always exists; they are part of
 * the code like the journal schema, and are read-only over the API.
 */
public record SlaPolicy(String id, PolicySpec spec, boolean builtIn, long version, long updatedAt)
{
    /**
     * The defaults, one per priority, on the 24x7 calendar (response met when accepted):
     * P1 4 h / 8 h, P2 8 h / 24 h, P3 24 h / 72 h, P4 72 h / 168 h. Every breach notifies; a P1
     * past its resolution target also pages a supervisor 15 minutes later, then hourly.
     */
    public static final List<SlaPolicy> BUILT_IN = List.of(
        builtIn(Priority.P1, Duration.ofHours(4), Duration.ofHours(8)),
        builtIn(Priority.P2, Duration.ofHours(8), Duration.ofHours(24)),
        builtIn(Priority.P3, Duration.ofHours(24), Duration.ofHours(72)),
        builtIn(Priority.P4, Duration.ofHours(72), Duration.ofHours(168)));

    /** The built-in policy for a priority: {@code default-p1} ... {@code default-p4}. */
    public static SlaPolicy fallback(final Priority priority)
    {
        return BUILT_IN.get(priority.ordinal());
    }

    private static SlaPolicy builtIn(final Priority priority, final Duration response, final Duration resolution)
    {
        final List<EscalationStep> escalation = new java.util.ArrayList<>(List.of(
            new EscalationStep(ClockKind.RESPONSE, EscalationStep.BREACH, 0, EscalationAction.NOTIFY, EscalationStep.NO_REPEAT, null),
            new EscalationStep(ClockKind.RESOLUTION, EscalationStep.BREACH, 0, EscalationAction.NOTIFY, EscalationStep.NO_REPEAT, null)));
        if (priority == Priority.P1)
        {
            escalation.add(new EscalationStep(ClockKind.RESOLUTION, EscalationStep.BREACH, Duration.ofMinutes(15).toMillis(),
                EscalationAction.PAGE_SUPERVISOR, Duration.ofHours(1).toMillis(), "supervisor"));
        }
        final String id = "default-" + priority.name().toLowerCase(java.util.Locale.ROOT);
        return new SlaPolicy(id, new PolicySpec(id, new PolicyMatch(List.of(priority), List.of(), List.of()), 0,
            response.toMillis(), TicketStatus.ACCEPTED, resolution.toMillis(), BusinessCalendar.ALWAYS.name(),
            PolicySpec.DEFAULT_REMINDERS, PolicySpec.DEFAULT_PAUSE_ON, escalation, Reopen.RESUME), true, 0, 0);
    }
}
