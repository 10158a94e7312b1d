package dev.kairos.gateway.push;

import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.domain.TicketStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The route orders the event mapper remembers, so it can tell what a record's new orders changed.
 * Installs them exactly as the live plan does ({@code state/Plan.apply}): routes in the order the
 * record lists them, a ticket dropped from a route it was on when another route takes it, and
 * tickets moving between {@code NEW} and {@code PLANNED} as they leave or join a route. Owned by
 * its mapper's thread.
 */
final class RouteBook
{
    /** What one record did to the routes, in the order things were first touched. */
    record Change(Map<String, String> engineerBefore, Set<String> changedRoutes)
    {
    }

    private static final Change UNCHANGED = new Change(Map.of(), Set.of());

    private final Map<String, List<String>> orders = new HashMap<>();
    private final Map<String, String> engineerOf = new HashMap<>();

    /** The engineer whose route holds the ticket, or null. */
    String engineerOf(final String ticketId)
    {
        return engineerOf.get(ticketId);
    }

    /** The orders as the live plan holds them (a snapshot's), for a seeded mapper. */
    void seed(final java.util.Collection<dev.kairos.solver.state.Route> routes)
    {
        for (final dev.kairos.solver.state.Route route : routes)
        {
            final List<String> order = route.ticketIds();
            orders.put(route.engineerId(), List.copyOf(order));
            order.forEach(ticketId -> engineerOf.put(ticketId, route.engineerId()));
        }
    }

    /** An engineer's visit order; empty when they have none. */
    List<String> order(final String engineerId)
    {
        return orders.getOrDefault(engineerId, List.of());
    }

    /** Installs the new orders and reports each touched ticket's engineer before them. */
    Change apply(final List<RoutePlan> plans, final Map<String, TicketFacts> tickets)
    {
        if (plans.isEmpty())
        {
            // Most records (pings) replan nothing: no maps to make for them.
            return UNCHANGED;
        }
        final Map<String, String> before = new LinkedHashMap<>();
        final Set<String> changed = new LinkedHashSet<>();
        for (final RoutePlan plan : plans)
        {
            final String engineerId = plan.engineerId();
            final List<String> old = order(engineerId);
            for (final String ticketId : old)
            {
                before.putIfAbsent(ticketId, engineerOf.get(ticketId));
            }
            for (final String ticketId : plan.ticketIds())
            {
                before.putIfAbsent(ticketId, engineerOf.get(ticketId));
            }
            final Set<String> kept = new HashSet<>(plan.ticketIds());
            for (final String ticketId : old)
            {
                if (!kept.contains(ticketId))
                {
                    engineerOf.remove(ticketId);
                    move(tickets.get(ticketId), TicketStatus.PLANNED, TicketStatus.NEW);
                }
            }
            orders.put(engineerId, plan.ticketIds());
            changed.add(engineerId);
            for (final String ticketId : plan.ticketIds())
            {
                final String previous = engineerOf.put(ticketId, engineerId);
                if (previous != null && !previous.equals(engineerId) && drop(previous, ticketId))
                {
                    changed.add(previous);
                }
                move(tickets.get(ticketId), TicketStatus.NEW, TicketStatus.PLANNED);
            }
        }
        return new Change(before, changed);
    }

    /** A ticket taken by another route that the record did not list: gone from its old one too. */
    private boolean drop(final String engineerId, final String ticketId)
    {
        final List<String> old = orders.get(engineerId);
        if (old == null || !old.contains(ticketId))
        {
            return false;
        }
        final List<String> rest = new ArrayList<>(old);
        rest.remove(ticketId);
        orders.put(engineerId, List.copyOf(rest));
        return true;
    }

    private static void move(final TicketFacts ticket, final TicketStatus from, final TicketStatus to)
    {
        if (ticket != null && ticket.status == from)
        {
            ticket.status = to;
        }
    }
}
