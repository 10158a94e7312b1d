package dev.kairos.solver.state;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every ticket's timeline. Part of {@link LiveState}; engine thread only. */
public final class Timeline
{
    private final Map<String, TicketTimeline> byTicket = new HashMap<>();

    /** The ticket's events in journal order; empty for an unknown ticket. Immutable. */
    public List<TicketEvent> of(final String ticketId)
    {
        final TicketTimeline timeline = byTicket.get(ticketId);
        return timeline == null ? List.of() : timeline.events();
    }

    public Collection<TicketTimeline> all()
    {
        return byTicket.values();
    }

    void add(final String ticketId, final TicketEvent event)
    {
        final TicketTimeline timeline = byTicket.get(ticketId);
        byTicket.put(ticketId, timeline == null ? new TicketTimeline(ticketId, List.of(event)) : timeline.with(event));
    }

    void restore(final TicketTimeline timeline)
    {
        byTicket.put(timeline.id(), timeline);
    }
}
