package dev.kairos.scenarios.sim;

import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.planning.TravelTimes;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The technician-routing measures of a simulated day, from what engineers did (not what was planned):
 * visits whose work began after their window closed, visits reached without their tools (the
 * engineer's own, plus what the depots they called at lent them: checked here, not taken from the
 * planner's word), and total working time as the Pillac TRSP
 * counts it: per engineer who served at least one visit, from leaving home (as late as the first
 * visit's start allows) to driving home after the last one. Waiting between visits counts. Times
 * are the moments the simulation moved engineers at (exact, not rounded to its steps). Also the field
 * measures the KPIs name: driving time, utilisation (work on site over shift time), overtime (back
 * home after the shift's end) and visits reached short of parts. Simulation thread only.
 */
final class WorkLog
{
    private final TravelTimes travel;
    private final Map<String, Long> leftHome = new HashMap<>();
    private final Map<String, Long> backHome = new HashMap<>();
    private final Map<String, Set<String>> onBoard = new HashMap<>();
    private final Map<String, Long> onSiteFrom = new HashMap<>();
    private final Map<String, TimeWindow> shifts = new HashMap<>();
    private int missedWindows;
    private int withoutTools;
    private int shortOfParts;
    private long drivingMillis;
    private long workMillis;

    WorkLog(final TravelTimes travel)
    {
        this.travel = travel;
    }

    /** Work on a visit begins at {@code start}; {@code driveMillis} is how long the drive from home to it took, if first. */
    void started(final String engineerId, final long start, final TimeWindow window, final long driveMillis)
    {
        leftHome.putIfAbsent(engineerId, start - driveMillis);
        onSiteFrom.put(engineerId, start);
        if (window != null && start > window.end())
        {
            missedWindows++;
        }
    }

    /** Work done at {@code site} at {@code end}; the engineer would drive home from there unless given more. */
    void completed(final String engineerId, final long end, final Location site, final Location home)
    {
        backHome.put(engineerId, end + travel.millis(site, home));
        final Long from = onSiteFrom.remove(engineerId);
        workMillis += from == null ? 0 : end - from;
    }

    /** The engineer's shift, for utilisation and overtime. */
    void shift(final String engineerId, final long start, final long end)
    {
        shifts.put(engineerId, new TimeWindow(start, end));
    }

    /** A drive to a visit (through a depot, counter time not included) took {@code millis}. */
    void drove(final long millis)
    {
        drivingMillis += millis;
    }

    /** The engineer reached a visit without all its parts: the engine found them nowhere (a stock-out). */
    void shortOfParts()
    {
        shortOfParts++;
    }

    int visitsShortOfParts()
    {
        return shortOfParts;
    }

    double drivingMinutes()
    {
        return drivingMillis / 60_000.0;
    }

    /** Work on site done (completed visits) over the shift time that fell within {@code [from, to)}. */
    double utilisation(final long from, final long to)
    {
        long shiftMillis = 0;
        for (final TimeWindow shift : shifts.values())
        {
            shiftMillis += Math.max(0, Math.min(shift.end(), to) - Math.max(shift.start(), from));
        }
        return shiftMillis == 0 ? 0 : (double)workMillis / shiftMillis;
    }

    /** Minutes engineers were back home after their shift ended, over those who completed a visit. */
    double overtimeMinutes()
    {
        long millis = 0;
        for (final Map.Entry<String, Long> back : backHome.entrySet())
        {
            final TimeWindow shift = shifts.get(back.getKey());
            millis += shift == null ? 0 : Math.max(0, back.getValue() - shift.end());
        }
        return millis / 60_000.0;
    }

    /**
     * The engineer reached a visit needing {@code needed}, having called at a depot on the way that lent
     * {@code borrowed} of what it was asked for ({@code own}: their own tools, read at the first visit).
     */
    void arrived(final String engineerId, final Collection<String> own, final Collection<String> borrowed,
        final Collection<String> needed)
    {
        final Set<String> tools = onBoard.computeIfAbsent(engineerId, id -> new HashSet<>(own));
        tools.addAll(borrowed);
        if (!tools.containsAll(needed))
        {
            withoutTools++;
        }
    }

    int visitsWithoutTools()
    {
        return withoutTools;
    }

    boolean hasStarted(final String engineerId)
    {
        return leftHome.containsKey(engineerId);
    }

    /** Engineers who completed at least one visit. */
    int engineersUsed()
    {
        return backHome.size();
    }

    int missedWindows()
    {
        return missedWindows;
    }

    /** Total working time in minutes over engineers who completed a visit. */
    double workingMinutes()
    {
        long millis = 0;
        for (final Map.Entry<String, Long> back : backHome.entrySet())
        {
            millis += back.getValue() - leftHome.get(back.getKey());
        }
        return millis / 60_000.0;
    }
}
