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
import java.util.Arrays;
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
        /**
         * Tickets that breach unless placed come first: on an overloaded day the dozen nearest are
         * routine work, and an urgent ticket a little farther waited rounds for a place. Then the
         * nearest the seed, then by id. Written out: asked once for every far ticket.
         */
        static int compare(final Candidate a, final Candidate b)
        {
            if (a.breaches != b.breaches)
            {
                return a.breaches ? -1 : 1;
            }
            final int byDistance = Double.compare(a.distance, b.distance);
            return byDistance != 0 ? byDistance : a.ticket.id().compareTo(b.ticket.id());
        }
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
        final List<PickUps.DepotStock> depots = PickUps.depots(state);
        final List<String> unassigned = unassigned(state, seed, engineers, depots, unassignedLimit);
        for (final String id : unassigned)
        {
            tickets.put(id, state.planningSpec(id));
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

    /**
     * The open unassigned tickets one of the engineers could do, in {@link Candidate#compare}'s order: every one
     * within the near drive of one of them, and the first {@link #FAR_LIMIT} beyond it; at most
     * {@code limit}. An overloaded day has thousands (about 1,600 at 1,000 engineers): most are far,
     * which the triangle inequality tells from the seed's distance alone, and of the far only the
     * best {@link #FAR_LIMIT} that the engineers could do are wanted, so that is asked of few.
     */
    private static List<String> unassigned(
        final LiveState state, final Engineer seed, final List<Engineer> engineers, final List<PickUps.DepotStock> depots,
        final int limit)
    {
        if (limit == 0)
        {
            return List.of(); // the advisor's read: it adds its own ticket
        }
        final TravelTimes travel = state.travel();
        long horizon = Long.MIN_VALUE;
        double radius = 0;
        for (final Engineer engineer : engineers)
        {
            horizon = Math.max(horizon, engineer.spec().shift().end() + engineer.spec().shift().maxOvertimeMinutes() * 60_000L);
            radius = Math.max(radius, travel.distance(seed.location(), engineer.location()));
        }
        final double nearBound = radius + travel.longestWithin(NEAR_MILLIS);
        final double narrowBound = radius + travel.longestWithin(NEAR_NARROW_MILLIS);
        final List<Candidate> chosen = new ArrayList<>();
        final Candidate[] far = new Candidate[FAR_LIMIT];
        int farCount = 0;
        for (final String id : state.plan().unassigned().keySet())
        {
            final Ticket ticket = state.ticket(id);
            if (ticket.status() != TicketStatus.NEW)
            {
                continue;
            }
            final TicketSpec spec = ticket.spec();
            final double distance = travel.distance(seed.location(), spec.location());
            final boolean narrow = Insertion.narrowWindow(spec);
            if (distance <= (narrow ? narrowBound : nearBound) && near(engineers, spec, narrow ? NEAR_NARROW_MILLIS : NEAR_MILLIS, travel))
            {
                if (canServe(engineers, spec, depots))
                {
                    chosen.add(new Candidate(ticket, distance, breaches(state, id, horizon)));
                }
                continue;
            }
            if (farCount == FAR_LIMIT && far[FAR_LIMIT - 1].breaches() && distance > far[FAR_LIMIT - 1].distance())
            {
                continue; // behind every far ticket kept, whatever its clock says
            }
            final Candidate candidate = new Candidate(ticket, distance, breaches(state, id, horizon));
            if ((farCount < FAR_LIMIT || Candidate.compare(candidate, far[FAR_LIMIT - 1]) < 0) && canServe(engineers, spec, depots))
            {
                // Kept sorted, the worst last: a handful of entries.
                int at = Math.min(farCount, FAR_LIMIT - 1);
                while (at > 0 && Candidate.compare(candidate, far[at - 1]) < 0)
                {
                    far[at] = far[at - 1];
                    at--;
                }
                far[at] = candidate;
                farCount = Math.min(farCount + 1, FAR_LIMIT);
            }
        }
        chosen.addAll(Arrays.asList(far).subList(0, farCount));
        chosen.sort(Candidate::compare);
        final List<String> ids = new ArrayList<>(Math.min(limit, chosen.size()));
        for (int i = 0; i < chosen.size() && ids.size() < limit; i++)
        {
            ids.add(chosen.get(i).ticket().id());
        }
        return ids;
    }

    /** Whether the ticket's planning due falls before the engineers stop work: left out, it breaches. */
    private static boolean breaches(final LiveState state, final String ticketId, final long horizon)
    {
        final long due = state.planningSpec(ticketId).due();
        return due != TicketSpec.NO_TIME && due <= horizon;
    }

    private static boolean near(final List<Engineer> engineers, final TicketSpec spec, final long reach, final TravelTimes travel)
    {
        for (final Engineer engineer : engineers)
        {
            if (travel.millis(engineer.location(), spec.location()) <= reach)
            {
                return true;
            }
        }
        return false;
    }

    private static boolean canServe(final List<Engineer> engineers, final TicketSpec spec, final List<PickUps.DepotStock> depots)
    {
        for (final Engineer engineer : engineers)
        {
            if (Insertion.canServe(engineer, spec, () -> depots))
            {
                return true;
            }
        }
        return false;
    }
}
