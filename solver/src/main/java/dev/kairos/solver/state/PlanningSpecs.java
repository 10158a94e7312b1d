package dev.kairos.solver.state;

import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.sla.BusinessCalendar;

/**
 * Remembers each ticket's spec with its SLA due time filled in, so the fast path, which asks for
 * every stop of every route it tries, does not copy a spec each time. A cache, not state: it holds
 * nothing the journal does not. By ticket id in array slots ({@link ByTicketId}): the fast path looks
 * up every stop of every candidate route, and as a hash map this was a tenth of the engine's
 * samples under load (benchmarks/RESULTS.md, 2026-12-07 session 8). Engine thread only.
 */
final class PlanningSpecs
{
    private record Entry(TicketSpec source, long slaDue, TicketSpec planned)
    {
    }

    private final ByTicketId<Entry> byTicket = new ByTicketId<>();

    TicketSpec of(final String ticketId, final TicketSpec spec, final long slaDue)
    {
        final Entry cached = byTicket.get(ticketId);
        if (cached != null && cached.source() == spec && cached.slaDue() == slaDue)
        {
            return cached.planned();
        }
        final TicketSpec planned = withDue(spec, slaDue);
        byTicket.put(ticketId, new Entry(spec, slaDue, planned));
        return planned;
    }

    private static TicketSpec withDue(final TicketSpec spec, final long slaDue)
    {
        if (slaDue == BusinessCalendar.NEVER || spec.due() != TicketSpec.NO_TIME && spec.due() <= slaDue)
        {
            return spec;
        }
        return new TicketSpec(spec.externalId(), spec.title(), spec.priority(), spec.tier(), spec.region(), spec.location(),
            spec.skills(), spec.tools(), spec.parts(), spec.durationMinutes(), spec.window(), slaDue, spec.source());
    }
}
