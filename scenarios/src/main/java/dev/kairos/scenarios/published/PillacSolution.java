package dev.kairos.scenarios.published;

import java.util.List;

/**
 * The authors' solution for one instance from {@code pillac-crew25-best-routes.sol}: their
 * claimed working time and technician count, and the routes in their node numbering (see
 * {@link PillacInstance}). Empty routes are kept, as empty lists, in file order.
 */
public record PillacSolution(String instance, double workingTime, int techniciansUsed, String author,
    boolean provedOptimal, List<List<Integer>> routes)
{
    public PillacSolution
    {
        routes = routes.stream().map(List::copyOf).toList();
    }
}
