package dev.kairos.scenarios.check;

import java.util.List;

/**
 * The checker's verdict on a VRPTW solution. Distance is measured even when the solution is
 * infeasible, so a broken solution still shows how far off it is.
 *
 * @param distance total unrounded Euclidean distance over the non-empty routes
 */
public record VrptwReport(List<Violation> violations, int vehiclesUsed, double distance)
{
    public VrptwReport
    {
        violations = List.copyOf(violations);
    }

    public boolean feasible()
    {
        return violations.isEmpty();
    }
}
