package dev.kairos.solver.state;

import java.util.ArrayList;
import java.util.List;

/**
 * An engineer's planned visits in order, timed from {@code departure} at {@code origin}'s time.
 * The first {@code pinned} stops are dispatched or in progress: only the engineer moves them.
 * {@code version} is the journal position of the route's last change, so the optimiser can tell
 * whether a plan it improved is still the live one.
 */
public record Route(String engineerId, List<Stop> stops, int pinned, long departure, long returnAt, long travelMillis, long version)
{
    public Route
    {
        stops = List.copyOf(stops);
    }

    public static Route empty(final String engineerId)
    {
        return new Route(engineerId, List.of(), 0, 0, 0, 0, 0);
    }

    public List<String> ticketIds()
    {
        final List<String> ids = new ArrayList<>(stops.size());
        for (final Stop stop : stops)
        {
            ids.add(stop.ticketId());
        }
        return ids;
    }

    public int indexOf(final String ticketId)
    {
        for (int i = 0; i < stops.size(); i++)
        {
            if (stops.get(i).ticketId().equals(ticketId))
            {
                return i;
            }
        }
        return -1;
    }
}
