package dev.kairos.gateway.api;

import dev.kairos.solver.planning.RouteCost;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static dev.kairos.gateway.api.Views.time;

/** The plan as the API shows it: assignments, routes, and the whole plan with its totals. */
final class PlanViews
{
    private PlanViews()
    {
    }

    record Assignment(String engineerId, String arrival, String start, String end, boolean dispatched)
    {
    }

    record StopView(String ticketId, String arrival, String start, String end, boolean pinned, PickUp pickUp)
    {
    }

    /**
     * Parts to pick up and tools to borrow at a depot on the way to this visit: the parts reserved
     * there once the visit is dispatched, planned before that (the arrival includes the detour); the
     * tools as planned (a depot lends without reserving). Null when none, and once the engineer is on site.
     */
    record PickUp(String depotId, java.util.Map<String, Integer> parts, java.util.Set<String> tools)
    {
        static PickUp of(final Stop stop, final dev.kairos.solver.state.PartsReservation reservation)
        {
            final Stop.PickUp planned = stop.pickUp();
            if (reservation == null)
            {
                return planned == null ? null : new PickUp(planned.depotId(), planned.parts(), planned.tools());
            }
            if (reservation.pickedUp())
            {
                return null;
            }
            final java.util.Set<String> tools = planned == null ? java.util.Set.of() : planned.tools();
            if (reservation.depotId() != null)
            {
                return new PickUp(reservation.depotId(), reservation.depot(), tools);
            }
            return tools.isEmpty() ? null : new PickUp(planned.depotId(), java.util.Map.of(), tools);
        }
    }

    record RouteView(String engineerId, String departure, String returnAt, long travelMinutes, double travelKm,
                     long cost, String violation, List<StopView> stops)
    {
    }

    record Unassigned(String ticketId, String reason)
    {
    }

    record Totals(int engineers, int planned, int unassigned, long travelMinutes, double travelKm, long cost, int violations)
    {
    }

    record PlanView(long position, String at, Totals totals, List<Unassigned> unassigned, List<RouteView> routes)
    {
    }

    static Assignment assignment(final PlannedTicket planned)
    {
        final Stop stop = planned.stop();
        return stop == null ? null :
            new Assignment(planned.engineerId(), time(stop.arrival()), time(stop.start()), time(stop.end()), planned.dispatched());
    }

    /** Built on the engine thread: reads routes and tickets together. */
    static RouteView route(final LiveState state, final Engineer engineer)
    {
        return route(state, engineer, ticketId -> true);
    }

    /**
     * As {@link #route(LiveState, Engineer)}, listing only the stops of tickets {@code shown} (a
     * region-scoped key's); times, travel and cost stay the whole route's, since engineers are not regional.
     */
    static RouteView route(final LiveState state, final Engineer engineer, final Predicate<String> shown)
    {
        final Route route = state.route(engineer.id());
        final List<StopView> stops = new ArrayList<>(route.stops().size());
        double km = 0;
        var here = engineer.location();
        for (int i = 0; i < route.stops().size(); i++)
        {
            final Stop stop = route.stops().get(i);
            final var location = state.ticket(stop.ticketId()).spec().location();
            km += state.travel().distance(here, location);
            here = location;
            if (!shown.test(stop.ticketId()))
            {
                continue;
            }
            stops.add(new StopView(stop.ticketId(), time(stop.arrival()), time(stop.start()), time(stop.end()), i < route.pinned(),
                PickUp.of(stop, state.stock().reservation(stop.ticketId()))));
        }
        final boolean any = !route.stops().isEmpty();
        if (any)
        {
            km += state.travel().distance(here, engineer.spec().home());
        }
        return new RouteView(engineer.id(), any ? time(route.departure()) : null, any ? time(route.returnAt()) : null,
            route.travelMillis() / 60_000L, Math.round(km * 100) / 100.0,
            RouteCost.cost(engineer, route, state::planningSpec),
            RouteCost.violation(engineer, route, state::planningSpec), stops);
    }

    /** The whole plan; engine thread. */
    static PlanView plan(final LiveState state)
    {
        return plan(state, ticketId -> true);
    }

    /**
     * The plan as a region-scoped key sees it: only the {@code shown} tickets' stops and unassigned
     * entries (and {@code planned} counts those); every engineer's route, with its whole travel and cost.
     */
    static PlanView plan(final LiveState state, final Predicate<String> shown)
    {
        final List<RouteView> routes = new ArrayList<>();
        long minutes = 0;
        double km = 0;
        long cost = 0;
        int planned = 0;
        int violations = 0;
        final List<Engineer> engineers = new ArrayList<>(state.engineers());
        engineers.sort(Comparator.comparing(Engineer::id));
        for (final Engineer engineer : engineers)
        {
            final RouteView route = route(state, engineer, shown);
            routes.add(route);
            minutes += route.travelMinutes();
            km += route.travelKm();
            cost += route.cost();
            planned += route.stops().size();
            violations += route.violation() == null ? 0 : 1;
        }
        final List<Unassigned> unassigned = new ArrayList<>();
        for (final Map.Entry<String, String> entry : state.plan().unassigned().entrySet())
        {
            if (!state.ticket(entry.getKey()).status().isClosed() && shown.test(entry.getKey()))
            {
                unassigned.add(new Unassigned(entry.getKey(), entry.getValue()));
            }
        }
        unassigned.sort(Comparator.comparing(Unassigned::ticketId));
        return new PlanView(state.position(), time(state.time()),
            new Totals(engineers.size(), planned, unassigned.size(), minutes, Math.round(km * 100) / 100.0, cost, violations),
            unassigned, routes);
    }
}
