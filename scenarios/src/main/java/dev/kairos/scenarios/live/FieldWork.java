package dev.kairos.scenarios.live;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;
import dev.kairos.solver.state.Ticket;

import java.util.ArrayList;
import java.util.List;

/**
 * What engineers' devices would report if they followed the plan: an engineer heading to a
 * dispatched visit moves towards it, checks in when the plan says they arrive, and completes when
 * the work's duration has passed since check-in, fitting the parts set aside for the visit. Decided from one read of the live state, so the
 * commands it returns are a consistent step; the check-in time is the ticket's last update, which
 * survives a restart.
 */
final class FieldWork
{
    private FieldWork()
    {
    }

    /**
     * Engine thread (a query): the device reports due at {@code now}, one engineer after another in
     * id order, for a caller that asks again every {@code stepMillis}.
     */
    static List<Command> due(final LiveState state, final long now, final long stepMillis)
    {
        final List<Route> routes = new ArrayList<>(state.plan().routes());
        routes.sort((a, b) -> a.engineerId().compareTo(b.engineerId()));
        final List<Command> reports = new ArrayList<>();
        for (final Route route : routes)
        {
            if (route.pinned() == 0)
            {
                continue;
            }
            final Stop next = route.stops().get(0);
            final Ticket ticket = state.ticket(next.ticketId());
            final Location site = ticket.spec().location();
            if (ticket.status() == TicketStatus.DISPATCHED && now >= next.arrival())
            {
                reports.add(new TicketProgress(now, ticket.id(), TicketStatus.ON_SITE, site, null, null));
            }
            else if (ticket.status() == TicketStatus.DISPATCHED)
            {
                final Location from = state.engineer(route.engineerId()).location();
                final double step = Math.min(1.0, (double)stepMillis / (next.arrival() - now));
                reports.add(new EngineerLocation(now, route.engineerId(), new Location(
                    from.lat() + (site.lat() - from.lat()) * step, from.lon() + (site.lon() - from.lon()) * step), now));
            }
            else if (ticket.status() == TicketStatus.ON_SITE
                && now >= ticket.updatedAt() + ticket.spec().durationMinutes() * 60_000L)
            {
                reports.add(new TicketProgress(now, ticket.id(), TicketStatus.COMPLETED, null, "done (demo)",
                    state.stock().inHand(ticket.id())));
            }
        }
        return reports;
    }
}
