package dev.kairos.gateway.push;

import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.sla.EscalationStep;
import dev.kairos.solver.sla.SlaEventKind;
import dev.kairos.solver.sla.SlaMoment;

import java.time.Instant;

/**
 * How an SLA firing reads as an event: {@code sla.warning} ({@code clock}, {@code percent}),
 * {@code sla.breached} ({@code clock}) or {@code sla.escalated} ({@code clock}, {@code step},
 * {@code action}, {@code to}, {@code occurrence}, {@code missed}, and the new {@code priority} after a
 * raise; the dispatched-to engineer is the event's {@code engineerId}), each with {@code dueAt}: the
 * names the ticket timeline uses.
 * Stateless.
 */
final class SlaEvents
{
    private SlaEvents()
    {
    }

    static EventType type(final SlaMoment moment)
    {
        return switch (moment.kind())
        {
            case WARNING -> EventType.SLA_WARNING;
            case BREACH -> EventType.SLA_BREACHED;
            case ESCALATION -> EventType.SLA_ESCALATED;
        };
    }

    /** {@code step} is the escalation step (null for others); {@code priority} the ticket's after a raise, else null. */
    static EventBuilder describe(final EventBuilder event, final SlaMoment moment, final EscalationStep step, final Priority priority)
    {
        event.put("clock", moment.clock().wireName());
        if (moment.kind() == SlaEventKind.WARNING)
        {
            event.put("percent", moment.index());
        }
        if (moment.kind() == SlaEventKind.ESCALATION)
        {
            event.put("step", moment.index() + 1)
                .put("action", step == null ? null : step.action())
                .put("to", step == null ? null : step.to())
                .put("occurrence", moment.occurrence() + 1)
                .put("missed", moment.missed())
                .put("priority", priority);
        }
        return event.put("dueAt", Instant.ofEpochMilli(moment.dueAt()).toString());
    }
}
