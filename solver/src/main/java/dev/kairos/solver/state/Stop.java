package dev.kairos.solver.state;

import java.util.SortedMap;

/**
 * One planned visit on a route: when the engineer arrives, starts and finishes (epoch ms), and
 * the depot pick-up on the way there when the van will not hold the visit's parts (null when none;
 * the arrival then includes the detour).
 */
public record Stop(String ticketId, long arrival, long start, long end, PickUp pickUp)
{
    public Stop(final String ticketId, final long arrival, final long start, final long end)
    {
        this(ticketId, arrival, start, end, null);
    }

    /** Parts to collect at a depot before the visit. */
    public record PickUp(String depotId, SortedMap<String, Integer> parts)
    {
    }
}
