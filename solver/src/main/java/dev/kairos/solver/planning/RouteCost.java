package dev.kairos.solver.planning;

import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * Feasibility and cost of a timed route, in the same terms as the optimiser's constraints so the
 * fast path and the solver agree on what "better" means: travel minutes, plus minutes finished
 * past a ticket's due time (plus a fixed cost for breaching at all) weighted by priority and tier,
 * plus minutes waiting on site for windows to open, plus overtime minutes, plus a small workload
 * balance term. Pure; any thread.
 */
public final class RouteCost
{
    /**
     * A minute driving costs two: it is a minute not working, and a busy day has no spare minutes.
     * At 1 the simulator's overloaded day drove 20 % more than greedy dispatch.
     */
    public static final long TRAVEL_WEIGHT = 2;
    public static final long OVERTIME_WEIGHT = 2;
    public static final long IDLE_WEIGHT = 1;
    /** Breaching a due time at all costs as much as half an hour's lateness ("steeper after breach"). */
    public static final long BREACH_MINUTES = 30;
    /**
     * Workload balance: an engineer's busy minutes (driving and working), squared, over this. Summed
     * over engineers it is least when the work is spread evenly; a tie-breaker, not a driver: adding
     * an hour's job to a 5-hour day rather than a 3-hour one costs under a minute's driving more. Ten
     * times stronger, it cost the simulated day SLA attainment on one seed in five.
     */
    public static final long BALANCE_DIVISOR = 18_000;

    private RouteCost()
    {
    }

    /** Why the route breaks a hard rule, or null when it keeps them all. */
    public static String violation(final Engineer engineer, final Route route, final Function<String, TicketSpec> tickets)
    {
        final int capacity = engineer.spec().capacity();
        if (capacity >= 0 && route.stops().size() > capacity)
        {
            return "more than " + capacity + " visits";
        }
        Map<String, Integer> van = engineer.spec().stock();
        Collection<String> tools = engineer.toolsOnBoard();
        for (int i = 0; i < route.stops().size(); i++)
        {
            final Stop stop = route.stops().get(i);
            final TicketSpec spec = tickets.apply(stop.ticketId());
            if (spec.window() != null && stop.start() > spec.window().end())
            {
                return "misses the window of " + stop.ticketId();
            }
            if (i >= route.pinned() && stop.pickUp() == null)
            {
                final boolean partsShort = !PickUps.shortfall(van, spec.parts()).isEmpty();
                final boolean toolsShort = !PickUps.lacking(tools, spec.tools()).isEmpty();
                if (partsShort || toolsShort)
                {
                    return "neither the van nor a depot " + (partsShort && toolsShort ? "has the parts and tools"
                        : partsShort ? "has the parts" : "lends the tools") + " for " + stop.ticketId();
                }
            }
            van = PickUps.after(van, spec.parts());
            tools = i < route.pinned() || stop.pickUp() != null ? PickUps.carried(tools, spec.tools()) : tools;
        }
        final long lastReturn = engineer.spec().shift().end() + engineer.spec().shift().maxOvertimeMinutes() * 60_000L;
        if (!route.stops().isEmpty() && route.returnAt() > lastReturn)
        {
            return "ends after the shift and its allowed overtime";
        }
        return null;
    }

    public static long cost(final Engineer engineer, final Route route, final Function<String, TicketSpec> tickets)
    {
        long cost = route.travelMillis() / 60_000L * TRAVEL_WEIGHT;
        for (final Stop stop : route.stops())
        {
            // Waiting at a site for its window to open is a day's time lost, like driving.
            cost += (stop.start() - stop.arrival()) / 60_000L * IDLE_WEIGHT;
            cost += responseCost(stop.end() - route.departure(), tickets.apply(stop.ticketId()).priority()) / 60;
            final TicketSpec spec = tickets.apply(stop.ticketId());
            if (spec.due() != TicketSpec.NO_TIME && stop.end() > spec.due())
            {
                final long weight = latenessWeight(spec.priority()) * ("gold".equalsIgnoreCase(spec.tier()) ? 2 : 1);
                cost += weight * (BREACH_MINUTES + (stop.end() - spec.due()) / 60_000L);
            }
        }
        final long overtime = route.returnAt() - engineer.spec().shift().end();
        if (!route.stops().isEmpty() && overtime > 0)
        {
            cost += overtime / 60_000L * OVERTIME_WEIGHT;
        }
        long busy = route.travelMillis();
        for (final Stop stop : route.stops())
        {
            busy += stop.end() - stop.start();
        }
        return cost + balanceCost(busy / 60_000L);
    }

    /** The workload-balance cost of a day with this many busy minutes, in the fast path's minute units. */
    public static long balanceCost(final long busyMinutes)
    {
        return busyMinutes * busyMinutes / BALANCE_DIVISOR;
    }

    /** The same in the optimiser's second units (rounded once, not per minute). */
    public static long balanceSeconds(final long busyMinutes)
    {
        return busyMinutes * busyMinutes * 60 / BALANCE_DIVISOR;
    }

    /**
     * Finishing sooner is better, more so for urgent work: seconds from the route's departure to the
     * visit's end, times the priority weight, halved (a P3 finished a minute sooner is worth a
     * minute's driving). Without it an overloaded plan trades throughput for shorter drives.
     */
    public static long responseCost(final long millisFromDeparture, final Priority priority)
    {
        return Math.max(0, millisFromDeparture) / 2_000L * latenessWeight(priority);
    }

    /** A minute late on a P1 costs as much as eight on a P4. */
    public static long latenessWeight(final Priority priority)
    {
        return switch (priority)
        {
            case P1 -> 8;
            case P2 -> 4;
            case P3 -> 2;
            case P4 -> 1;
        };
    }
}
