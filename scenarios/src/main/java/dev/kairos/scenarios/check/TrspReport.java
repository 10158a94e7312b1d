package dev.kairos.scenarios.check;

import java.util.List;

/**
 * The checker's verdict on a TRSP solution. Working time is measured even when the solution is
 * infeasible, so a broken solution still shows how far off it is.
 *
 * @param techniciansUsed technicians serving at least one request
 * @param workingTime     total working time as the data README defines it
 */
public record TrspReport(List<Violation> violations, int techniciansUsed, double workingTime)
{
    public TrspReport
    {
        violations = List.copyOf(violations);
    }

    public boolean feasible()
    {
        return violations.isEmpty();
    }
}
