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
 * are the moments the simulation moved engineers at (exact, not rounded to its steps). Simulation thread only.
 */
final class WorkLog
{
    private final TravelTimes travel;
    private final Map<String, Long> leftHome = new HashMap<>();
    private final Map<String, Long> backHome = new HashMap<>();
    private final Map<String, Set<String>> onBoard = new HashMap<>();
    private int missedWindows;
    private int withoutTools;

    WorkLog(final TravelTimes travel)
    {
        this.travel = travel;
    }

    /** Work on a visit begins at {@code start}; {@code driveMillis} is how long the drive from home to it took, if first. */
    void started(final String engineerId, final long start, final TimeWindow window, final long driveMillis)
    {
        leftHome.putIfAbsent(engineerId, start - driveMillis);
        if (window != null && start > window.end())
        {
            missedWindows++;
        }
    }

    /** Work done at {@code site} at {@code end}; the engineer would drive home from there unless given more. */
    void completed(final String engineerId, final long end, final Location site, final Location home)
    {
        backHome.put(engineerId, end + travel.millis(site, home));
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
