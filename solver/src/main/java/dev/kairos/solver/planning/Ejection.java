package dev.kairos.solver.planning;

import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Insertion with ejection, the fast path's last resort: when a ticket fits on none of its
 * candidates' routes, take one planned visit off a candidate's route so that it fits, and put the
 * visit taken off where it adds least elsewhere (or on the same route, in another place). On days
 * of narrow windows a route often has the time but not the moment: a visit whose window is wide
 * moves, and the narrow one goes in. When the visit taken off fits nowhere, it may still give way
 * if it is less urgent than the ticket (a lower priority: the optimiser's "ticket unassigned"
 * weighs them the same way), and waits unassigned for the improvement path. On the request path
 * only tickets with a narrow window eject ({@link #narrowWindow}); the improvement path's retry of
 * waiting tickets ejects for any ({@link Insertion#placeWaiting}).
 * <p>
 * Same thread as {@link Insertion}; pure given the state, so the decision is journaled with the
 * command's effects and replay installs it without searching again.
 */
final class Ejection
{
    /**
     * Ejections whose ejected visit's new place is searched, cheapest first: each search scans the
     * fleet for qualified engineers, like a new ticket's, so they are few.
     */
    static final int REPLACEMENT_SEARCHES = 4;
    /** Moving a planned visit to another engineer: the optimiser's "visit moved to another engineer" in minutes. */
    static final long MOVE_MINUTES = 5;

    private Ejection()
    {
    }

    /**
     * A window this short gives a ticket little time to wait for a nearby route to have room (the
     * published TRSP requests have 10 to 90 minutes, the generated city's four hours). Only such
     * tickets eject on the request path: on an overloaded city plan most new tickets fit nowhere,
     * and ejecting for each made the fast path's median four times slower (benchmarks/RESULTS.md).
     */
    static final long NARROW_WINDOW_MILLIS = 2 * 3_600_000L;

    static boolean narrowWindow(final TicketSpec spec)
    {
        return spec.window() != null && spec.window().end() - spec.window().start() <= NARROW_WINDOW_MILLIS;
    }

    /** The new ticket fits on {@code host}'s route in {@code order} once {@code ejected} is off it, adding {@code delta}. */
    private record Option(Engineer host, Route current, String ejected, List<String> order, long delta)
    {
    }

    /** The placement with one visit moved or given way, or null when no ejection makes room. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    static Insertion.Placement eject(
        final LiveState state,
        final String ticketId,
        final TicketSpec planned,
        final long now,
        final Function<String, Route> routes,
        final Insertion.Choice choice,
        final Function<String, TicketSpec> specs,
        final Supplier<List<PickUps.DepotStock>> depots)
    {
        final long driveLimit = choice.driveLimit();
        final List<Option> options = options(state, ticketId, now, routes, choice.candidates(), specs, depots, driveLimit);
        if (options.isEmpty())
        {
            return null;
        }
        Insertion.Placement best = null;
        long bestCost = Long.MAX_VALUE;
        for (int i = 0; i < options.size() && i < REPLACEMENT_SEARCHES; i++)
        {
            final Option option = options.get(i);
            final Engineer host = option.host();
            final Route hostRoute = RouteTimer.time(host, option.order(), option.current().pinned(), specs, now,
                state.travel(), option.current().version(), option.current(), depots);
            final Function<String, Route> seen = id -> id.equals(host.id()) ? hostRoute : routes.apply(id);
            final String ejected = option.ejected();
            final Insertion.Choice again = Insertion.choose(state, ejected, state.ticket(ejected).spec(), now, seen, specs, depots, false);
            final boolean stays = again.plan() != null && again.plan().engineerId().equals(host.id());
            if (again.plan() == null || stays && farDrive(host, option.current(), again.plan().ticketIds(), ticketId, specs, now,
                state.travel(), depots, driveLimit))
            {
                continue;
            }
            final long cost = option.delta() + again.delta() + (stays ? 0 : MOVE_MINUTES);
            if (cost < bestCost)
            {
                bestCost = cost;
                best = stays ? new Insertion.Placement(again.plan(), null) :
                    new Insertion.Placement(new RoutePlan(host.id(), option.order()), null, List.of(again.plan()));
            }
        }
        return best != null ? best : giveWay(state, planned, options);
    }

    /** Every single ejection from the hosts' routes after which the ticket fits, cheapest first (ties by engineer, ticket). */
    @SuppressWarnings("checkstyle:ParameterNumber")
    private static List<Option> options(
        final LiveState state,
        final String ticketId,
        final long now,
        final Function<String, Route> routes,
        final List<Engineer> hosts,
        final Function<String, TicketSpec> specs,
        final Supplier<List<PickUps.DepotStock>> depots,
        final long driveLimit)
    {
        final TravelTimes travel = state.travel();
        final List<Option> options = new ArrayList<>();
        for (final Engineer host : hosts)
        {
            final Route current = routes.apply(host.id());
            if (current.stops().size() <= current.pinned())
            {
                continue;
            }
            final long before = RouteCost.cost(host,
                RouteTimer.time(host, current.ticketIds(), current.pinned(), specs, now, travel, 0, current, depots), specs);
            for (int i = current.pinned(); i < current.stops().size(); i++)
            {
                final String ejected = current.stops().get(i).ticketId();
                if (state.plan().pinnedTo(ejected) != null)
                {
                    // A dispatcher's pin keeps the visit on this engineer: it is not ours to move.
                    continue;
                }
                final Insertion.Position position =
                    Insertion.cheapest(host, without(current, i), ticketId, specs, now, travel, depots, true, driveLimit);
                if (position.order() != null)
                {
                    options.add(new Option(host, current, ejected, position.order(), position.cost() - before));
                }
            }
        }
        options.sort(Comparator.comparingLong(Option::delta).thenComparing(o -> o.host().id()).thenComparing(Option::ejected));
        return options;
    }

    /**
     * No ejected visit found another place: the least urgent one that is less urgent than the ticket
     * gives way (cheapest among equals) and is left unassigned; null when none is.
     */
    private static Insertion.Placement giveWay(final LiveState state, final TicketSpec planned, final List<Option> options)
    {
        final long weight = RouteCost.latenessWeight(planned.priority());
        Option chosen = null;
        long chosenWeight = weight;
        for (final Option option : options)
        {
            final long ejectedWeight = RouteCost.latenessWeight(state.ticket(option.ejected()).spec().priority());
            if (ejectedWeight < chosenWeight)
            {
                chosen = option;
                chosenWeight = ejectedWeight;
            }
        }
        return chosen == null ? null : new Insertion.Placement(new RoutePlan(chosen.host().id(), chosen.order()), null);
    }

    /**
     * The ejected visit, put back on the same route, now comes before the ticket and makes the drive into
     * it longer than {@code driveLimit} allows ({@link Reach}): the rule the plain search kept.
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    private static boolean farDrive(final Engineer host, final Route current, final List<String> order, final String ticketId,
        final Function<String, TicketSpec> specs, final long now, final TravelTimes travel,
        final Supplier<List<PickUps.DepotStock>> depots, final long driveLimit)
    {
        if (driveLimit == Reach.NO_ONE)
        {
            return false;
        }
        final Route timed = RouteTimer.time(host, order, current.pinned(), specs, now, travel, 0, current, depots);
        return Reach.driveInMillis(timed, order.indexOf(ticketId), depots) > driveLimit;
    }

    /** The route without its stop at {@code index} (not pinned: the pinned prefix and its times stay). */
    private static Route without(final Route route, final int index)
    {
        final List<Stop> stops = new ArrayList<>(route.stops());
        stops.remove(index);
        return new Route(route.engineerId(), stops, route.pinned(), route.departure(), route.returnAt(),
            route.travelMillis(), route.version());
    }
}
