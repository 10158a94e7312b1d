package dev.kairos.solver.command;

import java.util.List;

/**
 * What the engine decided for a command before journaling it, journaled in the same record so
 * replay applies the decision instead of recomputing it: the id given to a new ticket, the routes
 * the command changes (the fast path's insertion, a removal on cancel), and why a ticket stays
 * unassigned. Null and empty where a command decides none of these.
 */
public record Effects(String ticketId, List<RoutePlan> routes, String unassignedReason)
{
    public static final Effects NONE = new Effects(null, List.of(), null);

    public Effects
    {
        routes = List.copyOf(routes);
    }

    public Effects(final String ticketId)
    {
        this(ticketId, List.of(), null);
    }
}
