package dev.kairos.solver.planning;

import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * How far the planner sends an engineer: the fast path's candidate cut ({@link #REACH_MILLIS}), and
 * the drive into routine work that is not worth making ({@link #routineLimitMillis}), one rule for
 * the fast path ({@link Insertion}) and the optimiser ({@code DispatchConstraints.routineTicketDrivenFar}).
 * When they disagreed, the fast path placed routine work across town and the next optimiser round
 * took it off again: plan churn the engineers see (benchmarks/RESULTS.md, 2026-12-07 session 10).
 * Pure; any thread.
 */
public final class Reach
{
    /**
     * Candidates whose drive is longer than the nearest's by more than this are not tried. When the
     * nearest engineers' days are full, the cheapest feasible slot is often across town: taking it
     * spends a far engineer's scarce hours on driving that a nearer one, free later, would not. Left
     * unassigned, the ticket is taken by the improvement path when a nearby route has room. Three
     * minutes is the 1.5 km the city was tuned with (at 30 km/h on the road); in time rather than
     * distance so a planar scenario, whose unit is a minute, gets the same reach (it had 1.5 minutes).
     * Work {@link #dueToday} that everyone within reach would finish late may go beyond it, to an
     * engineer who finishes it in time: "free later" is too late for it. With the cut alone, a P1 waited
     * behind the long jobs of the engineers near it while one 20 minutes further was free (benchmarks/RESULTS.md,
     * 2026-12-08 session 13). Lifting the cut for all work due today kept more SLA clocks too, but bought
     * earlier service with driving where no clock was at stake: 7 points of the compact city's travel saving.
     */
    public static final long REACH_MILLIS = 180_000;

    /**
     * A drive longer than this into routine work is not worth placing it for: 25 minutes is 12.5 km
     * in the city, where greedy dispatch averages 10 km a drive. At 15 the simulated day lost
     * response attainment on four seeds in five; at 20 it saved twice the travel but completed fewer
     * tickets, on the stressed-city test's seed fewer than greedy (benchmarks/RESULTS.md, 2026-12-07
     * session 9).
     */
    public static final long ROUTINE_DRIVE_MILLIS = 25 * 60_000L;

    /**
     * How much longer than the nearest qualified engineer's drive a drive into routine work may be
     * before it counts as far. An absolute limit alone, applied on the fast path too, left tickets
     * waiting all day that only engineers across town could do (the 15-an-hour city day completed 7 %
     * fewer, session 9): judged against the nearest who could come, such a ticket is never far. At 5
     * or 10 minutes the 30-an-hour city day completed fewer tickets than at 15 (session 10).
     */
    public static final long ROUTINE_SLACK_MILLIS = 15 * 60_000L;

    /** No qualified engineer is working: nobody nearer will come, so no drive is too far. */
    public static final long NO_ONE = Long.MAX_VALUE;

    /** Every nearest drive up to this gives the same {@link #routineLimitMillis}: {@link #ROUTINE_DRIVE_MILLIS}. */
    static final long SETTLED_MILLIS = ROUTINE_DRIVE_MILLIS - ROUTINE_SLACK_MILLIS;

    private Reach()
    {
    }

    /** The candidates whose drive is no more than {@link #REACH_MILLIS} longer than the nearest's. */
    static List<Engineer> withinReach(final List<Engineer> nearest, final Location where, final TravelTimes travel)
    {
        if (nearest.isEmpty())
        {
            return nearest;
        }
        final long limit = travel.millis(nearest.get(0).location(), where) + REACH_MILLIS;
        final List<Engineer> kept = new ArrayList<>();
        for (final Engineer engineer : nearest)
        {
            if (travel.millis(engineer.location(), where) <= limit)
            {
                kept.add(engineer);
            }
        }
        return kept;
    }

    /**
     * Work that can wait for a nearer engineer: it has a due time, after {@code horizon} (the last
     * moment the engineers planned for stop work), and no narrow window. Urgent work, and a narrow
     * window, cannot: nobody nearer will come before it is lost.
     */
    public static boolean routine(final long due, final boolean narrowWindow, final long horizon)
    {
        return due != Long.MAX_VALUE && due != TicketSpec.NO_TIME && due > horizon && !narrowWindow;
    }

    /** A real due time no later than {@code horizon}: the ticket breaches today unless someone reaches it in time. */
    public static boolean dueToday(final long due, final long horizon)
    {
        return due != Long.MAX_VALUE && due != TicketSpec.NO_TIME && due <= horizon;
    }

    /** When the last of these engineers stops work, overtime included: {@code Long.MIN_VALUE} for none. */
    public static long horizon(final Collection<Engineer> engineers)
    {
        long horizon = Long.MIN_VALUE;
        for (final Engineer engineer : engineers)
        {
            horizon = Math.max(horizon, lastReturn(engineer));
        }
        return horizon;
    }

    static long lastReturn(final Engineer engineer)
    {
        return engineer.spec().shift().end() + engineer.spec().shift().maxOvertimeMinutes() * 60_000L;
    }

    /**
     * The drive to the ticket from where the nearest engineer who could do it is now: skills, tools
     * (own or at a depot) and shift time left; {@link #NO_ONE} when none. The planners ask
     * {@link #routineLimitMillis(Collection, Collection, TicketSpec, long, TravelTimes, Supplier)}, which
     * needs this exactly only when it is longer than {@link #SETTLED_MILLIS}.
     */
    static long nearestMillis(final Collection<Engineer> fleet, final TicketSpec spec, final long now,
        final TravelTimes travel, final Supplier<List<PickUps.DepotStock>> depots)
    {
        long nearest = NO_ONE;
        for (final Engineer engineer : fleet)
        {
            if (lastReturn(engineer) > now && Insertion.canServe(engineer, spec, depots))
            {
                nearest = Math.min(nearest, travel.millis(engineer.location(), spec.location()));
            }
        }
        return nearest;
    }

    /**
     * The longest drive worth making into routine work: {@link #ROUTINE_DRIVE_MILLIS}, or
     * {@link #ROUTINE_SLACK_MILLIS} more than the nearest qualified engineer's drive when that is longer.
     */
    public static long routineLimitMillis(final long nearestMillis)
    {
        return nearestMillis >= NO_ONE - ROUTINE_SLACK_MILLIS ? NO_ONE :
            Math.max(ROUTINE_DRIVE_MILLIS, nearestMillis + ROUTINE_SLACK_MILLIS);
    }

    /**
     * {@code routineLimitMillis(nearestMillis(fleet, ...))}, without the whole fleet in the usual case:
     * once a qualified engineer is found within {@link #SETTLED_MILLIS}, the limit is
     * {@link #ROUTINE_DRIVE_MILLIS} whoever else is nearer, so the scan stops there. {@code likelyNear}
     * (engineers of {@code fleet}, e.g. the fast path's candidates or a sub-problem's engineers) is looked
     * at first, since one of them usually settles it. A pass over 1,000 engineers for each routine visit
     * was about 85 % of the CPU of an optimiser round's model build at 1,000 engineers, and 25 µs of the
     * fast path's median (benchmarks/RESULTS.md, 2026-12-07 session 11).
     */
    public static long routineLimitMillis(final Collection<Engineer> likelyNear, final Collection<Engineer> fleet,
        final TicketSpec spec, final long now, final TravelTimes travel, final Supplier<List<PickUps.DepotStock>> depots)
    {
        final long near = nearestUntilSettled(likelyNear, spec, now, travel, depots, NO_ONE);
        return routineLimitMillis(near <= SETTLED_MILLIS ? near : nearestUntilSettled(fleet, spec, now, travel, depots, near));
    }

    /** The nearest qualified drive among {@code engineers}, or {@code nearest} if shorter, stopping at one within {@link #SETTLED_MILLIS}. */
    private static long nearestUntilSettled(final Collection<Engineer> engineers, final TicketSpec spec, final long now,
        final TravelTimes travel, final Supplier<List<PickUps.DepotStock>> depots, final long nearest)
    {
        long best = nearest;
        for (final Engineer engineer : engineers)
        {
            if (lastReturn(engineer) > now && Insertion.canServe(engineer, spec, depots))
            {
                best = Math.min(best, travel.millis(engineer.location(), spec.location()));
                if (best <= SETTLED_MILLIS)
                {
                    return best;
                }
            }
        }
        return best;
    }

    /**
     * The drive into the stop at {@code index}: from the previous stop's end, or the departure, depot
     * detour included; not the time at the depot's counter, which is no drive and is the same whoever
     * collects the parts (a 25-minute counter alone made a pick-up "far").
     */
    static long driveInMillis(final Route timed, final int index, final Supplier<List<PickUps.DepotStock>> depots)
    {
        final Stop stop = timed.stops().get(index);
        final long from = index == 0 ? timed.departure() : timed.stops().get(index - 1).end();
        long counter = 0;
        if (stop.pickUp() != null)
        {
            for (final PickUps.DepotStock depot : depots.get())
            {
                counter = depot.id().equals(stop.pickUp().depotId()) ? depot.counterMillis() : counter;
            }
        }
        return stop.arrival() - from - counter;
    }
}
