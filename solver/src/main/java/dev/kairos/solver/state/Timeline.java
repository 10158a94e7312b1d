package dev.kairos.solver.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every ticket's timeline. Appends are amortised constant time (a ticket whose escalation repeats
 * for days gathers thousands of events); reads copy. Part of {@link LiveState}; engine thread only.
 */
public final class Timeline
{
    private final ByTicketId<List<TicketEvent>> byTicket = new ByTicketId<>();
    /** Beside each ticket's events, who caused each (an API key id; null: the engine itself). */
    private final ByTicketId<List<String>> byActor = new ByTicketId<>();

    /** The ticket's events in journal order, as an immutable copy; empty for an unknown ticket. */
    public List<TicketEvent> of(final String ticketId)
    {
        final List<TicketEvent> events = byTicket.get(ticketId);
        return events == null ? List.of() : List.copyOf(events);
    }

    /** The ticket's timeline with who caused each event; null for an unknown ticket. */
    public TicketTimeline timeline(final String ticketId)
    {
        final List<TicketEvent> events = byTicket.get(ticketId);
        return events == null ? null : new TicketTimeline(ticketId, events, byActor.get(ticketId));
    }

    /** Every timeline, as immutable records (for the state digest). */
    public Collection<TicketTimeline> all()
    {
        final List<TicketTimeline> all = new ArrayList<>(byTicket.size());
        byTicket.forEach((id, events) -> all.add(new TicketTimeline(id, events, byActor.get(id))));
        return all;
    }

    void add(final String ticketId, final TicketEvent event, final String by)
    {
        List<TicketEvent> events = byTicket.get(ticketId);
        if (events == null)
        {
            events = new ArrayList<>(8);
            byTicket.put(ticketId, events);
            byActor.put(ticketId, new ArrayList<>(8));
        }
        events.add(event);
        byActor.get(ticketId).add(by);
    }

    void restore(final TicketTimeline timeline)
    {
        byTicket.put(timeline.id(), new ArrayList<>(timeline.events()));
        byActor.put(timeline.id(), new ArrayList<>(timeline.by()));
    }
}
