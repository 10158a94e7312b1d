package dev.kairos.solver.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A ticket's events in journal order, as an immutable snapshot; {@code by} says for each event who
 * caused it: the id of the API key whose request it came from, null when the engine did it itself.
 */
public record TicketTimeline(String id, List<TicketEvent> events, List<String> by)
{
    public TicketTimeline
    {
        events = List.copyOf(events);
        // List.copyOf refuses nulls, and null is the engine's own mark.
        by = Collections.unmodifiableList(new ArrayList<>(by));
        if (by.size() != events.size())
        {
            throw new IllegalArgumentException(events.size() + " events but " + by.size() + " actors");
        }
    }

    /** A timeline whose events all came from the engine itself. */
    public TicketTimeline(final String id, final List<TicketEvent> events)
    {
        this(id, events, Collections.nCopies(events.size(), null));
    }
}
