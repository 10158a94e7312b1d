package dev.kairos.solver.planning;

import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The fast path: a new or changed ticket goes where it adds least cost to the current plan
 * (cheapest feasible insertion). Only the {@link #DEFAULT_CANDIDATES} nearest engineers that have
 * the skills, and the tools and parts in their van or within reach at a depot ({@link PickUps}),
 * are tried, so the cost does not grow with the fleet. Runs on the
 * engine thread while it decides a command; the result is journaled with the command.
 */
public final class Insertion
{
    public static final int DEFAULT_CANDIDATES = 8;

    private Insertion()
    {
    }

    /**
     * Where the ticket goes ({@code route} non-null), or why it cannot go anywhere; {@code others}
     * are the routes a visit ejected to make room moved to (see {@link Ejection}), usually none.
     */
    public record Placement(RoutePlan route, String unassignedReason, List<RoutePlan> others)
    {
        public Placement
        {
            others = List.copyOf(others);
        }

        public Placement(final RoutePlan route, final String unassignedReason)
        {
            this(route, unassignedReason, List.of());
        }

        /** Every route the placement changes: the ticket's own first. */
        public List<RoutePlan> routes()
        {
            if (route == null)
            {
                return List.of();
            }
            final List<RoutePlan> all = new ArrayList<>(1 + others.size());
            all.add(route);
            all.addAll(others);
            return all;
        }
    }

    public static Placement place(final LiveState state, final String ticketId, final TicketSpec spec, final long now)
    {
        return place(state, ticketId, spec, now, state::route);
    }

    /**
     * A dispatcher's pin: the ticket goes on this engineer whatever their skills, at the cheapest
     * position that keeps the hard rules, or at the cheapest position at all when none does (the
     * plan then shows the violation the dispatcher chose).
     */
    public static RoutePlan placeOn(
        final LiveState state,
        final String ticketId,
        final TicketSpec spec,
        final long now,
        final Engineer engineer,
        final Function<String, Route> routes)
    {
        final Function<String, TicketSpec> specs = id -> id.equals(ticketId) ? spec : state.ticket(id).spec();
        final Route current = routes.apply(engineer.id());
        final Supplier<List<PickUps.DepotStock>> depots = PickUps.lazyDepots(state);
        final Position feasible = cheapest(engineer, current, ticketId, specs, now, state.travel(), depots, true);
        return new RoutePlan(engineer.id(), feasible.order() != null ? feasible.order() :
            cheapest(engineer, current, ticketId, specs, now, state.travel(), depots, false).order());
    }

    /**
     * The cheapest order with the ticket inserted ({@code order} null when none qualifies), the first violation met,
     * and when that order finishes the ticket ({@code Long.MAX_VALUE} when none qualifies).
     */
    public record Position(List<String> order, long cost, String violation, long end)
    {
    }

    public static Position cheapest(
        final Engineer engineer,
        final Route current,
        final String ticketId,
        final Function<String, TicketSpec> specs,
        final long now,
        final TravelTimes travel,
        final Supplier<List<PickUps.DepotStock>> depots,
        final boolean feasibleOnly)
    {
        return cheapest(engineer, current, ticketId, specs, now, travel, depots, feasibleOnly, Reach.NO_ONE);
    }

    /** As above, skipping a position whose drive into the ticket is longer than {@code driveLimit} ({@link Reach}). */
    @SuppressWarnings("checkstyle:ParameterNumber")
    static Position cheapest(
        final Engineer engineer,
        final Route current,
        final String ticketId,
        final Function<String, TicketSpec> specs,
        final long now,
        final TravelTimes travel,
        final Supplier<List<PickUps.DepotStock>> depots,
        final boolean feasibleOnly,
        final long driveLimit)
    {
        final List<String> ids = current.ticketIds();
        List<String> best = null;
        long bestCost = Long.MAX_VALUE;
        String firstViolation = null;
        long bestEnd = Long.MAX_VALUE;
        for (int position = current.pinned(); position <= ids.size(); position++)
        {
            final List<String> candidate = new ArrayList<>(ids);
            candidate.add(position, ticketId);
            final Route timed = RouteTimer.time(engineer, candidate, current.pinned(), specs, now, travel, 0, current, depots);
            final long drive = driveLimit == Reach.NO_ONE ? 0 : Reach.driveInMillis(timed, position, depots);
            final String violation = !feasibleOnly ? null : drive > driveLimit
                ? "routine work " + drive / 60_000 + " min away that a nearer engineer could do" : RouteCost.violation(engineer, timed, specs);
            if (violation != null)
            {
                firstViolation = firstViolation == null ? violation : firstViolation;
                continue;
            }
            final long cost = RouteCost.cost(engineer, timed, specs);
            if (cost < bestCost)
            {
                bestCost = cost;
                best = candidate;
                bestEnd = timed.stops().get(position).end();
            }
        }
        return new Position(best, bestCost, firstViolation, bestEnd);
    }

    /**
     * As {@link #place(LiveState, String, TicketSpec, long)}, with some routes seen as {@code routes}
     * gives them. When no candidate has a feasible slot and the ticket's window is narrow,
     * {@link Ejection} tries making room on one.
     */
    public static Placement place(
        final LiveState state,
        final String ticketId,
        final TicketSpec spec,
        final long now,
        final Function<String, Route> routes)
    {
        return place(state, ticketId, spec, now, routes, false, Ejection.narrowWindow(spec));
    }

    /**
     * For a ticket that has waited unassigned (the improvement path's retry): as {@link #place},
     * with ejection whatever the window, and a ticket with a narrow window tries the
     * {@link #DEFAULT_CANDIDATES} nearest qualified engineers whatever their distance. The reach cut
     * is for work that can wait for a nearby route to have room; a narrow window cannot, and once it
     * closes the ticket is lost for the day.
     */
    public static Placement placeWaiting(final LiveState state, final String ticketId, final TicketSpec spec, final long now)
    {
        return place(state, ticketId, spec, now, state::route, Ejection.narrowWindow(spec), true);
    }

    private static Placement place(
        final LiveState state,
        final String ticketId,
        final TicketSpec spec,
        final long now,
        final Function<String, Route> routes,
        final boolean beyondReach,
        final boolean eject)
    {
        // The planner's view of a ticket: its due time is the SLA resolution deadline when that is earlier.
        final TicketSpec planned = state.planningSpec(ticketId, spec, now);
        final Function<String, TicketSpec> specs = id -> id.equals(ticketId) ? planned : state.planningSpec(id);
        final Supplier<List<PickUps.DepotStock>> depots = PickUps.lazyDepots(state);
        final Choice choice = choose(state, ticketId, spec, now, routes, specs, depots, beyondReach);
        if (choice.plan() != null)
        {
            return new Placement(choice.plan(), null);
        }
        final Placement ejected = !eject || choice.candidates().isEmpty() ? null :
            Ejection.eject(state, ticketId, planned, now, routes, choice, specs, depots);
        return ejected != null ? ejected : new Placement(null, choice.reason());
    }

    /**
     * The cheapest feasible slot among the candidates ({@code plan} null when none), what it adds to
     * its route's cost, why there is none, the candidates tried, and the longest drive into the ticket allowed.
     */
    record Choice(RoutePlan plan, long delta, String reason, List<Engineer> candidates, long driveLimit, long end)
    {
    }

    /**
     * The fast path's search without ejection; {@code specs} gives every ticket's planning view, this
     * one's included; {@code beyondReach} skips the {@link Reach#REACH_MILLIS} cut; a slot with a far
     * drive into routine work is not taken ({@link Reach#routineLimitMillis}).
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    static Choice choose(
        final LiveState state,
        final String ticketId,
        final TicketSpec spec,
        final long now,
        final Function<String, Route> routes,
        final Function<String, TicketSpec> specs,
        final Supplier<List<PickUps.DepotStock>> depots,
        final boolean beyondReach)
    {
        final List<Engineer> qualified = new ArrayList<>();
        boolean anySkilled = false;
        for (final Engineer engineer : state.engineers())
        {
            if (!canServe(engineer, spec, depots))
            {
                continue;
            }
            anySkilled = true;
            if (Reach.lastReturn(engineer) > now && hasParts(engineer, routes.apply(engineer.id()), spec, specs, depots))
            {
                qualified.add(engineer);
            }
        }
        if (qualified.isEmpty())
        {
            return new Choice(null, 0, state.engineers().isEmpty() ? "no engineers" :
                anySkilled ? "no engineer with the skills and tools has the parts and shift time left" :
                "no engineer has the required skills and tools", List.of(), Reach.NO_ONE, Long.MAX_VALUE);
        }
        final List<Engineer> closest = nearest(qualified, spec.location(), state.travel(), DEFAULT_CANDIDATES);
        final List<Engineer> nearest = beyondReach ? closest : Reach.withinReach(closest, spec.location(), state.travel());
        final TicketSpec planned = specs.apply(ticketId);
        final long driveLimit = !Reach.routine(planned.due(), narrowWindow(planned), Reach.horizon(nearest)) ? Reach.NO_ONE
            : Reach.routineLimitMillis(nearest, state.engineers(), spec, now, state.travel(), depots);
        final Choice near = CheapestSlot.among(nearest, state, ticketId, now, routes, specs, depots, driveLimit);
        if (nearest.size() == closest.size() || !Reach.dueToday(planned.due(), Reach.horizon(qualified))
            || near.end() <= planned.due())
        {
            return near;
        }
        // Due today and late with everyone within reach: an engineer beyond it is worth the drive only to keep the due time.
        final Choice far = CheapestSlot.among(closest.stream().filter(engineer -> !nearest.contains(engineer)).toList(),
            state, ticketId, now, routes, specs, depots, driveLimit);
        return far.end() <= planned.due() ? new Choice(far.plan(), far.delta(), null, closest, driveLimit, far.end()) : near;
    }

    /** A window of two hours or less: such a ticket cannot wait long for a route to have room ({@link Ejection}). */
    public static boolean narrowWindow(final TicketSpec spec)
    {
        return Ejection.narrowWindow(spec);
    }

    /**
     * The {@code count} engineers nearest a place, nearest first (ties by id). One distance per
     * engineer and a partial selection: sorting the whole fleet by a trigonometric comparator cost
     * more than the insertions themselves at a thousand engineers.
     */
    public static List<Engineer> nearest(final List<Engineer> engineers, final Location where, final TravelTimes travel, final int count)
    {
        final int n = engineers.size();
        final double[] distance = new double[n];
        final Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++)
        {
            distance[i] = travel.distance(engineers.get(i).location(), where);
            order[i] = i;
        }
        final Comparator<Integer> closer = Comparator.<Integer>comparingDouble(i -> distance[i])
            .thenComparing(i -> engineers.get(i).id());
        final java.util.PriorityQueue<Integer> farthestFirst = new java.util.PriorityQueue<>(count + 1, closer.reversed());
        for (final Integer i : order)
        {
            farthestFirst.add(i);
            if (farthestFirst.size() > count)
            {
                farthestFirst.poll();
            }
        }
        final List<Integer> chosen = new ArrayList<>(farthestFirst);
        chosen.sort(closer);
        final List<Engineer> result = new ArrayList<>(chosen.size());
        for (final Integer i : chosen)
        {
            result.add(engineers.get(i));
        }
        return result;
    }

    /** The engineer carries the ticket's tools (own or borrowed today) and has its skills: nothing to collect on the way. */
    public static boolean hasSkillsAndTools(final Engineer engineer, final TicketSpec spec)
    {
        return hasSkills(engineer, spec) && engineer.toolsOnBoard().containsAll(spec.tools());
    }

    /**
     * The engineer has the ticket's skills, and carries its tools or can borrow the ones lacking at
     * one depot ({@link PickUps}); whether the route can then fit the detour is the timing's question.
     */
    public static boolean canServe(final Engineer engineer, final TicketSpec spec, final Supplier<List<PickUps.DepotStock>> depots)
    {
        if (!hasSkills(engineer, spec))
        {
            return false;
        }
        final List<String> lacking = PickUps.lacking(engineer.toolsOnBoard(), spec.tools());
        if (lacking.isEmpty())
        {
            return true;
        }
        for (final PickUps.DepotStock depot : depots.get())
        {
            if (depot.tools().containsAll(lacking))
            {
                return true;
            }
        }
        return false;
    }

    public static boolean hasSkills(final Engineer engineer, final TicketSpec spec)
    {
        for (final SkillRequirement requirement : spec.skills())
        {
            boolean met = false;
            for (final Skill skill : engineer.spec().skills())
            {
                met |= requirement.isMetBy(skill);
            }
            if (!met)
            {
                return false;
            }
        }
        return true;
    }

    /**
     * The van, after the parts of every ticket already on the route, covers this one's, or a depot
     * has what it lacks for a pick-up on the way.
     */
    static boolean hasParts(final Engineer engineer, final Route route, final TicketSpec spec,
        final Function<String, TicketSpec> specs, final Supplier<List<PickUps.DepotStock>> depots)
    {
        final Map<String, Integer> needed = spec.parts();
        if (needed.isEmpty())
        {
            return true;
        }
        final Map<String, Integer> van = PickUps.leftAfter(engineer.spec().stock(), route.stops(), needed, specs);
        final Map<String, Integer> missing = PickUps.shortfall(van, spec.parts());
        if (missing.isEmpty())
        {
            return true;
        }
        for (final PickUps.DepotStock depot : depots.get())
        {
            if (depot.covers(missing))
            {
                return true;
            }
        }
        return false;
    }
}
