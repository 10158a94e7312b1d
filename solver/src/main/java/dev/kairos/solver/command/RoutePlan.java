package dev.kairos.solver.command;

import java.util.List;

/** An engineer's new visit order, as decided by the fast path or proposed by the optimiser. */
public record RoutePlan(String engineerId, List<String> ticketIds)
{
    public RoutePlan
    {
        ticketIds = List.copyOf(ticketIds);
    }
}
