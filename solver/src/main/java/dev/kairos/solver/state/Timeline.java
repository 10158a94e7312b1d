package dev.kairos.solver.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Every ticket's timeline. Appends are amortised constant time (a ticket whose escalation repeats
 * for days gathers thousands of events); reads copy. Part of {@link LiveState}; engine thread only.
 * <p>
 * Each ticket's events live as long as the ticket, so they are kept flat: one small object with an
 * array of events and, only once some event had an actor, an array of who caused each (most events
 * are the engine's own: replayed, two array lists a ticket were a sixth of what a create left live).
 */
public final class Timeline
{
    private final ByTicketId<Events> byTicket = new ByTicketId<>();

    /** One ticket's events in journal order and who caused each (null throughout while every one was the engine's). */
    private static final class Events
    {
        private TicketEvent[] events = new TicketEvent[4];
        private String[] by;
        private int size;

        void add(final TicketEvent event, final String actor)
        {
            if (size == events.length)
            {
                events = Arrays.copyOf(events, size * 2);
                if (by != null)
                {
                    by = Arrays.copyOf(by, events.length);
                }
            }
            if (actor != null && by == null)
            {
                by = new String[events.length];
            }
            if (by != null)
            {
                by[size] = actor;
            }
            events[size++] = event;
        }

        List<TicketEvent> events()
        {
            return List.of(Arrays.copyOf(events, size));
        }

        List<String> by()
        {
            // TicketTimeline aligns these to the events, so nulls (the engine's events) are fine here.
            return by == null ? Collections.nCopies(size, null) : Arrays.asList(Arrays.copyOf(by, size));
        }
    }

    /** The ticket's events in journal order, as an immutable copy; empty for an unknown ticket. */
    public List<TicketEvent> of(final String ticketId)
    {
        final Events events = byTicket.get(ticketId);
        return events == null ? List.of() : events.events();
    }

    /** The ticket's timeline with who caused each event; null for an unknown ticket. */
    public TicketTimeline timeline(final String ticketId)
    {
        final Events events = byTicket.get(ticketId);
        return events == null ? null : new TicketTimeline(ticketId, events.events(), events.by());
    }

    /** Every timeline, as immutable records (for the state digest). */
    public Collection<TicketTimeline> all()
    {
        final List<TicketTimeline> all = new ArrayList<>(byTicket.size());
        byTicket.forEach((id, events) -> all.add(new TicketTimeline(id, events.events(), events.by())));
        return all;
    }

    void add(final String ticketId, final TicketEvent event, final String by)
    {
        Events events = byTicket.get(ticketId);
        if (events == null)
        {
            events = new Events();
            byTicket.put(ticketId, events);
        }
        events.add(event, by);
    }

    void restore(final TicketTimeline timeline)
    {
        final Events events = new Events();
        for (int i = 0; i < timeline.events().size(); i++)
        {
            events.add(timeline.events().get(i), timeline.by().get(i));
        }
        byTicket.put(timeline.id(), events);
    }
}
