package dev.kairos.solver.state;

import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.planning.PickUps;
import dev.kairos.solver.planning.RouteTimer;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The live dispatch plan: each engineer's timed route, which engineer each ticket is on, and why
 * an open ticket is unassigned. Part of {@link LiveState}; engine thread only.
 */
public final class Plan
{
    private final Map<String, Route> routes = new HashMap<>();
    private final ByTicketId<String> engineerOf = new ByTicketId<>();
    private final Map<String, String> unassigned = new HashMap<>();
    /**
     * Which tickets {@link #unassigned} holds, by ticket number: a plan mostly places tickets that
     * were not there, and asking the hash map cost a cold lookup each on every create and cancel.
     * The map itself stays, and with it the order the optimiser and the API read it in.
     */
    private final ByTicketId<String> unassignedIds = new ByTicketId<>();
    private final Map<String, String> pins = new HashMap<>();

    public Route route(final String engineerId)
    {
        final Route route = routes.get(engineerId);
        return route != null ? route : Route.empty(engineerId);
    }

    public Collection<Route> routes()
    {
        return routes.values();
    }

    /** The engineer a ticket is planned on, or null. */
    public String engineerOf(final String ticketId)
    {
        return engineerOf.get(ticketId);
    }

    /** Open tickets without an engineer, with the reason the fast path gave. */
    public Map<String, String> unassigned()
    {
        return unassigned;
    }

    /** The engineer a dispatcher pinned the ticket to, or null. */
    public String pinnedTo(final String ticketId)
    {
        return pins.get(ticketId);
    }

    public Map<String, String> pins()
    {
        return pins;
    }

    void pin(final String ticketId, final String engineerId)
    {
        if (engineerId == null)
        {
            pins.remove(ticketId);
        }
        else
        {
            pins.put(ticketId, engineerId);
        }
    }

    void markUnassigned(final String ticketId, final String reason)
    {
        unassigned.put(ticketId, reason);
        unassignedIds.put(ticketId, reason);
    }

    void forget(final String ticketId)
    {
        leaveUnassigned(ticketId);
        pins.remove(ticketId);
    }

    /** The route's next planned visit is now dispatched: it joins the pinned prefix. */
    void dispatch(final String engineerId)
    {
        final Route r = routes.get(engineerId);
        routes.put(engineerId, new Route(engineerId, r.stops(), r.pinned() + 1, r.departure(), r.returnAt(),
            r.travelMillis(), r.version()));
    }

    void restore(final Route route)
    {
        routes.put(route.engineerId(), route);
        for (final Stop stop : route.stops())
        {
            engineerOf.put(stop.ticketId(), route.engineerId());
        }
    }

    /** Installs new visit orders, re-times the routes and moves tickets between NEW and PLANNED. */
    void apply(final List<RoutePlan> plans, final LiveState state, final long at, final long position)
    {
        if (plans.isEmpty())
        {
            return;
        }
        final Function<String, TicketSpec> specs = id -> state.ticket(id).spec();
        final Supplier<List<PickUps.DepotStock>> depots = PickUps.lazyDepots(state);
        // Indexed loops throughout: the iterators of these immutable lists were garbage the compiler kept.
        for (int p = 0; p < plans.size(); p++)
        {
            final RoutePlan plan = plans.get(p);
            final Route old = route(plan.engineerId());
            for (int s = 0; s < old.stops().size(); s++)
            {
                final Stop stop = old.stops().get(s);
                // A route's handful of ids: a scan, not a hash set built for every create and cancel.
                if (!plan.ticketIds().contains(stop.ticketId()))
                {
                    engineerOf.remove(stop.ticketId());
                    state.setStatus(stop.ticketId(), TicketStatus.NEW, TicketStatus.PLANNED, at, position);
                    if (state.ticket(stop.ticketId()).status() == TicketStatus.NEW)
                    {
                        // Placed again by a later route of the same update, or left for the next pass.
                        markUnassigned(stop.ticketId(), "taken off its route; waiting for a better place");
                    }
                }
            }
            int pinned = 0;
            while (pinned < plan.ticketIds().size()
                && state.ticket(plan.ticketIds().get(pinned)).status().compareTo(TicketStatus.PLANNED) > 0)
            {
                pinned++;
            }
            final Engineer engineer = state.engineer(plan.engineerId());
            final Route route = RouteTimer.time(engineer, plan.ticketIds(), pinned, specs, at, state.travel(), position, old, depots);
            // The engineer's own id, not the record's decoded copy: each planned ticket keeps it (here and in its timeline's
            // events) for as long as it lives, and one instance for all of them is what replay then leaves live.
            final String engineerId = engineer.id();
            routes.put(engineerId, route);
            for (int i = 0; i < plan.ticketIds().size(); i++)
            {
                final String ticketId = plan.ticketIds().get(i);
                final String previous = engineerOf.put(ticketId, engineerId);
                if (previous != null && !previous.equals(engineerId))
                {
                    removeFrom(previous, ticketId);
                }
                leaveUnassigned(ticketId);
                state.setStatus(ticketId, TicketStatus.PLANNED, TicketStatus.NEW, at, position);
            }
        }
    }

    private void leaveUnassigned(final String ticketId)
    {
        if (unassignedIds.remove(ticketId) != null)
        {
            unassigned.remove(ticketId);
        }
    }

    /** A ticket moved to another engineer by a plan that did not list its old route: drop it there. */
    private void removeFrom(final String engineerId, final String ticketId)
    {
        final Route old = routes.get(engineerId);
        if (old == null || old.indexOf(ticketId) < 0)
        {
            return;
        }
        final List<Stop> stops = new java.util.ArrayList<>(old.stops());
        stops.remove(old.indexOf(ticketId));
        routes.put(engineerId, new Route(engineerId, stops, Math.min(old.pinned(), stops.size()), old.departure(),
            old.returnAt(), old.travelMillis(), old.version()));
    }
}
