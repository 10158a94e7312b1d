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
        // Aligned to the events: an event without an actor is the engine's (null, which List.copyOf refuses).
        final List<String> actors = new ArrayList<>(by.subList(0, Math.min(by.size(), events.size())));
        while (actors.size() < events.size())
        {
            actors.add(null);
        }
        by = Collections.unmodifiableList(actors);
    }

    /** A timeline whose events all came from the engine itself. */
    public TicketTimeline(final String id, final List<TicketEvent> events)
    {
        this(id, events, Collections.nCopies(events.size(), null));
    }
}
