package dev.kairos.solver.state;

import dev.kairos.solver.domain.Tools;

import java.util.SortedMap;
import java.util.SortedSet;

/**
 * One planned visit on a route: when the engineer arrives, starts and finishes (epoch ms), and
 * the depot pick-up on the way there when the van will not hold the visit's parts or tools (null
 * when none; the arrival then includes the detour).
 */
public record Stop(String ticketId, long arrival, long start, long end, PickUp pickUp)
{
    public Stop(final String ticketId, final long arrival, final long start, final long end)
    {
        this(ticketId, arrival, start, end, null);
    }

    /** Parts to collect and tools to borrow at a depot before the visit; tools stay in the van for the rest of the day. */
    public record PickUp(String depotId, SortedMap<String, Integer> parts, SortedSet<String> tools)
    {
        public PickUp
        {
            tools = Tools.of(tools);
        }

        /** Parts only. */
        public PickUp(final String depotId, final SortedMap<String, Integer> parts)
        {
            this(depotId, parts, Tools.empty());
        }
    }
}
