package dev.kairos.scenarios.sim;

/**
 * What a simulated day achieved. Due attainment counts tickets completed by their due time among
 * those released; times are minutes from release; travel is what engineers drove between sites.
 * {@code live} is what live {@code GET /v1/kpis} reports at the end of the day, from the same code
 * ({@link dev.kairos.solver.kpi.Kpis#of}): SLA attainment per clock, response and resolution
 * percentiles, backlog, planned travel, utilisation, overtime, unassigned, parts shortages.
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
    int reassignments,
    dev.kairos.solver.kpi.Kpis live)
{
    public String row()
    {
        return String.format("%-7s seed %-9d released %4d completed %4d on-time %5.1f %% open %4d "
                + "resolution p50 %6.0f min p90 %6.0f min travel %8.1f km reassignments %d "
                + "SLA response %5.1f %% resolution %5.1f %% first response p90 %6.0f min",
            policy, seed, released, completed, 100 * dueAttainment, open, resolutionP50Minutes, resolutionP90Minutes,
            travelKm, reassignments, 100 * live.response().rate(), 100 * live.resolution().rate(),
            live.firstResponseMinutes().p90());
    }
}
