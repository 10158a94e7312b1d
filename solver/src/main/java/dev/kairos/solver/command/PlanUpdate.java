package dev.kairos.solver.command;

import java.util.List;
import java.util.Map;

/**
 * The optimiser's better plan for a few routes: their new visit orders, and the version (journal
 * position) of each route it started from. The engine refuses it if any of those routes has
 * changed since, so an improvement never overwrites news it did not see.
 */
public record PlanUpdate(long at, List<RoutePlan> routes, Map<String, Long> basedOn) implements Command
{
    public PlanUpdate
    {
        routes = List.copyOf(routes);
        basedOn = Map.copyOf(basedOn);
    }
}
