package dev.kairos.solver.planning.improve;

import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.planning.Insertion;
import dev.kairos.solver.planning.PickUps;
import dev.kairos.solver.planning.TravelTimes;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Ticket;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the optimiser reads of the live state for one sub-problem: a seed engineer and their
 * nearest colleagues, their routes as they are (with versions), the open unassigned tickets one
 * of them could do, nearest the seed first (a few beyond {@link #NEAR_MILLIS} too: see there), and
 * every depot with the parts it can still give, and the whole fleet as it stands (for how near the nearest
 * engineer who could do a ticket is: {@link dev.kairos.solver.planning.Reach}; {@code engineers} are
 * members of {@code fleet}, looked at first). Made by a query on the engine thread; immutable afterwards.
 */
public record SubProblem(
    long now,
    List<Engineer> engineers,
    Map<String, Route> routes,
    Map<String, TicketSpec> tickets,
    List<String> unassigned,
    Map<String, String> pins,
    TravelTimes travel,
    List<PickUps.DepotStock> depots,
    List<Engineer> fleet)
{
    /**
     * Unassigned tickets within this drive of one of the engineers fill a sub-problem; of those
     * farther away only {@link #FAR_LIMIT} come along. Leaving them all out stranded them (57 of ~400
     * in {@code bench converge}); taking them all made every round of an overloaded city re-try a
     * dozen tickets nobody near can do (rounds a second fell by half in {@code bench plan}). Three
     * minutes is the city's 1.5 km at 30 km/h, the fast path's {@code Reach.REACH_MILLIS}; in time
     * so a planar scenario (a minute a unit) gets as much. At six, every round of the overloaded city
     * day offered its routes a dozen backlog tickets up to 3 km off, and the optimiser took the ones
     * that fitted, not the ones near: three minutes drove 0.5–3.9 % less on each of five seeds, with
     * as many response deadlines met (benchmarks/RESULTS.md, 2026-12-07 session 8, city travel).
     */
    static final long NEAR_MILLIS = 180_000;
    /**
     * A ticket with a narrow window cannot wait for a nearby route to have room (as in the fast
     * path's {@code Insertion.placeWaiting}): it keeps the six minutes. At three for them too, the
     * dynamic Pillac days served 8 requests fewer of 600.
     */
    static final long NEAR_NARROW_MILLIS = 360_000;
    static final int FAR_LIMIT = 2;

    public SubProblem
    {
        engineers = List.copyOf(engineers);
        routes = Map.copyOf(routes);
        tickets = Map.copyOf(tickets);
        unassigned = List.copyOf(unassigned);
        pins = Map.copyOf(pins);
        depots = List.copyOf(depots);
        fleet = List.copyOf(fleet);
    }

    /** This problem with one more unassigned ticket, unless it is already in it: for recommendations. */
    public SubProblem with(final String ticketId, final TicketSpec spec)
    {
        if (tickets.containsKey(ticketId))
        {
            return this;
        }
        final Map<String, TicketSpec> moreTickets = new HashMap<>(tickets);
        moreTickets.put(ticketId, spec);
        final List<String> moreUnassigned = new ArrayList<>(unassigned);
        moreUnassigned.add(ticketId);
        return new SubProblem(now, engineers, routes, moreTickets, moreUnassigned, pins, travel, depots, fleet);
    }

    /** Engine thread: the whole plan as one problem (for measuring against a from-scratch solve). */
    public static SubProblem whole(final LiveState state, final long now)
    {
        final int engineers = state.engineers().size();
        return engineers == 0 ? null : around(state, state.engineers().iterator().next().id(), engineers,
            state.plan().unassigned().size(), now);
    }

    /** An unassigned ticket, how far from the seed, and whether left out it breaches before the engineers stop work. */
    private record Candidate(Ticket ticket, double distance, boolean breaches)
    {
    }

    /** Engine thread: the engineer nearest a place, or null when there are none. */
    public static String nearestEngineer(final LiveState state, final dev.kairos.solver.domain.Location where)
    {
        Engineer nearest = null;
        double best = Double.MAX_VALUE;
        for (final Engineer engineer : state.engineers())
        {
            final double distance = state.travel().distance(engineer.location(), where);
            if (distance < best || distance == best && engineer.id().compareTo(nearest.id()) < 0)
            {
                best = distance;
                nearest = engineer;
            }
        }
        return nearest == null ? null : nearest.id();
    }

    /** Engine thread: {@code engineerCount} engineers nearest the seed, and up to {@code unassignedLimit} tickets. */
    public static SubProblem around(
        final LiveState state, final String seedId, final int engineerCount, final int unassignedLimit, final long now)
    {
        final Engineer seed = state.engineer(seedId);
        final TravelTimes travel = state.travel();
        final List<Engineer> engineers = Insertion.nearest(new ArrayList<>(state.engineers()), seed.location(), travel, engineerCount);

        final Map<String, Route> routes = new HashMap<>();
        final Map<String, TicketSpec> tickets = new HashMap<>();
        for (final Engineer engineer : engineers)
        {
            final Route route = state.route(engineer.id());
            routes.put(engineer.id(), route);
            for (final String id : route.ticketIds())
            {
                tickets.put(id, state.planningSpec(id));
            }
        }
        // Each candidate's distance once, not once per comparison: hundreds of unassigned tickets on an overloaded day.
        final List<Candidate> open = new ArrayList<>();
        final List<PickUps.DepotStock> depots = PickUps.depots(state);
        long horizon = Long.MIN_VALUE;
        for (final Engineer engineer : engineers)
        {
            horizon = Math.max(horizon, engineer.spec().shift().end() + engineer.spec().shift().maxOvertimeMinutes() * 60_000L);
        }
        for (final String id : state.plan().unassigned().keySet())
        {
            final Ticket ticket = state.ticket(id);
            if (ticket.status() == TicketStatus.NEW && engineers.stream().anyMatch(e -> Insertion.canServe(e, ticket.spec(), () -> depots)))
            {
                final long due = state.planningSpec(id).due();
                open.add(new Candidate(ticket, travel.distance(seed.location(), ticket.spec().location()),
                    due != TicketSpec.NO_TIME && due <= horizon));
            }
        }
        // Tickets that breach unless placed come first: on an overloaded day the dozen nearest are
        // routine work, and an urgent ticket a little farther waited rounds for a place.
        open.sort(Comparator.comparing((Candidate c) -> !c.breaches()).thenComparingDouble(Candidate::distance)
            .thenComparing(c -> c.ticket().id()));
        final List<String> unassigned = new ArrayList<>();
        int far = 0;
        for (final Candidate candidate : open)
        {
            final Ticket ticket = candidate.ticket();
            if (unassigned.size() == unassignedLimit)
            {
                break;
            }
            final long reach = Insertion.narrowWindow(ticket.spec()) ? NEAR_NARROW_MILLIS : NEAR_MILLIS;
            final boolean near = engineers.stream().anyMatch(e -> travel.millis(e.location(), ticket.spec().location()) <= reach);
            if (near || far++ < FAR_LIMIT)
            {
                unassigned.add(ticket.id());
                tickets.put(ticket.id(), state.planningSpec(ticket.id()));
            }
        }
        final Map<String, String> pins = new HashMap<>();
        for (final String id : tickets.keySet())
        {
            final String pinnedTo = state.plan().pinnedTo(id);
            if (pinnedTo != null)
            {
                pins.put(id, pinnedTo);
            }
        }
        return new SubProblem(now, engineers, routes, tickets, unassigned, pins, travel, depots, List.copyOf(state.engineers()));
    }
}
