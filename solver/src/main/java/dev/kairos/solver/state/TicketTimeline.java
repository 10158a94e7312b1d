package dev.kairos.solver.state;

import java.util.ArrayList;
import java.util.List;

/** A ticket's events in journal order. Immutable: appending makes a new one. */
public record TicketTimeline(String id, List<TicketEvent> events)
{
    public TicketTimeline
    {
        events = List.copyOf(events);
    }

    TicketTimeline with(final TicketEvent event)
    {
        final List<TicketEvent> longer = new ArrayList<>(events.size() + 1);
        longer.addAll(events);
        longer.add(event);
        return new TicketTimeline(id, longer);
    }
}
