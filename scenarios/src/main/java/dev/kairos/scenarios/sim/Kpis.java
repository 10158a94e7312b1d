package dev.kairos.scenarios.sim;

import java.util.Locale;

/**
 * What a simulated day achieved. Due attainment counts tickets completed by their due time among
 * those released; times are minutes from release; travel is what engineers drove from home or site
 * to site, through the depot where a visit's parts or tools were picked up on the way, in km (in
 * distance units in a planar area); {@link #travelPerCompleted} divides it by the visits completed.
 * {@code responseDueInDay} / {@code responseDueMet}: the response clocks whose deadline fell within the
 * day (met or not) and how many of those were met on time. Live attainment counts every decided clock,
 * so on-site visits to tickets due days later add to it; this is the day's own promises. Technician-routing measures: {@code completed} is the
 * tickets served, {@code engineersUsed} the engineers who served at least one,
 * {@code missedWindows} the visits whose work began after their window closed, and
 * {@code workingMinutes} the total working time (home to home, over engineers who served a visit,
 * as the Pillac TRSP counts it; see {@link WorkLog}), {@code visitsWithoutTools} the visits an engineer
 * reached without a tool it needs (own or borrowed at a depot on the way: 0 unless the plan is wrong).
 * {@code field} is what engineers did, measured as they did it ({@link Field}).
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
    int responseDueInDay,
    int responseDueMet,
    Field field,
    dev.kairos.solver.kpi.Kpis live)
{
    /**
     * The day's field measures: minutes driven to visits (through depots, counters not counted); utilisation,
     * the work on site of completed visits over the shift time within the day; overtime, minutes engineers
     * were back home after their shift ended; visits reached short of parts (a stock-out at dispatch).
     */
    public record Field(double drivingMinutes, double utilisation, double overtimeMinutes, int visitsShortOfParts)
    {
    }

    /** Travel a completed visit: comparable between policies that complete different numbers. */
    public double travelPerCompleted()
    {
        return completed == 0 ? 0 : travelKm / completed;
    }

    /** Response clocks due within the day met on time; 1 when none fell due. */
    public double responseDueInDayRate()
    {
        return responseDueInDay == 0 ? 1 : (double)responseDueMet / responseDueInDay;
    }

    public String row()
    {
        return String.format(Locale.ROOT, "%-7s %-20s released %4d completed %4d on-time %5.1f %% open %4d "
                + "resolution p50 %6.0f min p90 %6.0f min travel %8.1f (%5.2f a completion) reassignments %d "
                + "SLA response %5.1f %% resolution %5.1f %% due in the day %5.1f %% (%d/%d) first response p90 %6.0f min "
                + "engineers used %d missed windows %d working time %.1f min without tools %d "
                + "driving %.0f min utilisation %.1f %% overtime %.0f min unassigned %d short of parts %d",
            policy, scenario, released, completed, 100 * dueAttainment, open, resolutionP50Minutes, resolutionP90Minutes,
            travelKm, travelPerCompleted(), reassignments, 100 * live.response().rate(), 100 * live.resolution().rate(),
            100 * responseDueInDayRate(), responseDueMet, responseDueInDay, live.firstResponseMinutes().p90(), engineersUsed,
            missedWindows, workingMinutes, visitsWithoutTools, field.drivingMinutes(), 100 * field.utilisation(),
            field.overtimeMinutes(), live.unassigned(), field.visitsShortOfParts());
    }
}
