package dev.kairos.solver.state;

import java.util.List;

/** A ticket's events in journal order, as an immutable snapshot. */
public record TicketTimeline(String id, List<TicketEvent> events)
{
    public TicketTimeline
    {
        events = List.copyOf(events);
    }
}
