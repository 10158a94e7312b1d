package dev.kairos.scenarios.sim;

import java.util.Locale;

/**
 * What a simulated day achieved. Due attainment counts tickets completed by their due time among
 * those released; times are minutes from release; travel is what engineers drove between sites, in
 * km (in distance units in a planar area). Technician-routing measures: {@code completed} is the
 * tickets served, {@code engineersUsed} the engineers who served at least one,
 * {@code missedWindows} the visits whose work began after their window closed, and
 * {@code workingMinutes} the total working time (home to home, over engineers who served a visit,
 * as the Pillac TRSP counts it; see {@link WorkLog}), {@code visitsWithoutTools} the visits an engineer
 * reached without a tool it needs (own or borrowed at a depot on the way: 0 unless the plan is wrong).
 * {@code live} is what live {@code GET /v1/kpis} reports at the end of the day, from the same code
 * ({@link dev.kairos.solver.kpi.Kpis#of}): SLA attainment per clock, response and resolution
 * percentiles, backlog, planned travel, utilisation, overtime, unassigned, parts shortages.
 */
public record Kpis(
    Policy policy,
    String scenario,
    int released,
    int completed,
    int completedOnTime,
    int open,
    double dueAttainment,
    double resolutionP50Minutes,
    double resolutionP90Minutes,
    double travelKm,
    int reassignments,
    int engineersUsed,
    int missedWindows,
    double workingMinutes,
    int visitsWithoutTools,
    dev.kairos.solver.kpi.Kpis live)
{
    public String row()
    {
        return String.format(Locale.ROOT, "%-7s %-20s released %4d completed %4d on-time %5.1f %% open %4d "
                + "resolution p50 %6.0f min p90 %6.0f min travel %8.1f reassignments %d "
                + "SLA response %5.1f %% resolution %5.1f %% first response p90 %6.0f min "
                + "engineers used %d missed windows %d working time %.1f min without tools %d",
            policy, scenario, released, completed, 100 * dueAttainment, open, resolutionP50Minutes, resolutionP90Minutes,
            travelKm, reassignments, 100 * live.response().rate(), 100 * live.resolution().rate(),
            live.firstResponseMinutes().p90(), engineersUsed, missedWindows, workingMinutes, visitsWithoutTools);
    }
}
