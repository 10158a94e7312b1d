package dev.kairos.scenarios.sim;

/**
 * What a simulated day achieved. Due attainment counts tickets completed by their due time among
 * those released; times are minutes from release; travel is what engineers drove between sites.
 */
public record Kpis(
    Policy policy,
    long seed,
    int released,
    int completed,
    int completedOnTime,
    int open,
    double dueAttainment,
    double resolutionP50Minutes,
    double resolutionP90Minutes,
    double travelKm,
    int reassignments)
{
    public String row()
    {
        return String.format("%-7s seed %-9d released %4d completed %4d on-time %5.1f %% open %4d "
                + "resolution p50 %6.0f min p90 %6.0f min travel %8.1f km reassignments %d",
            policy, seed, released, completed, 100 * dueAttainment, open, resolutionP50Minutes, resolutionP90Minutes,
            travelKm, reassignments);
    }
}
