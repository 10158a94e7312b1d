package dev.kairos.solver.planning.improve;

import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.planning.Insertion;
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
 * nearest colleagues, their routes as they are (with versions), and open unassigned tickets near
 * them that one of them could do. Made by a query on the engine thread; immutable afterwards.
 */
public record SubProblem(
    long now,
    List<Engineer> engineers,
    Map<String, Route> routes,
    Map<String, TicketSpec> tickets,
    List<String> unassigned,
    TravelTimes travel)
{
    public SubProblem
    {
        engineers = List.copyOf(engineers);
        routes = Map.copyOf(routes);
        tickets = Map.copyOf(tickets);
        unassigned = List.copyOf(unassigned);
    }

    /** Engine thread: {@code engineerCount} engineers nearest the seed, and up to {@code unassignedLimit} tickets. */
    public static SubProblem around(
        final LiveState state, final String seedId, final int engineerCount, final int unassignedLimit, final long now)
    {
        final Engineer seed = state.engineer(seedId);
        final TravelTimes travel = state.travel();
        final List<Engineer> all = new ArrayList<>(state.engineers());
        all.sort(Comparator.<Engineer>comparingDouble(e -> travel.distance(seed.location(), e.location()))
            .thenComparing(Engineer::id));
        final List<Engineer> engineers = all.subList(0, Math.min(engineerCount, all.size()));

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
        final List<Ticket> open = new ArrayList<>();
        for (final String id : state.plan().unassigned().keySet())
        {
            final Ticket ticket = state.ticket(id);
            if (ticket.status() == TicketStatus.NEW && engineers.stream().anyMatch(e -> Insertion.hasSkillsAndTools(e, ticket.spec())))
            {
                open.add(ticket);
            }
        }
        open.sort(Comparator.<Ticket>comparingDouble(t -> travel.distance(seed.location(), t.spec().location()))
            .thenComparing(Ticket::id));
        final List<String> unassigned = new ArrayList<>();
        for (final Ticket ticket : open.subList(0, Math.min(unassignedLimit, open.size())))
        {
            unassigned.add(ticket.id());
            tickets.put(ticket.id(), state.planningSpec(ticket.id()));
        }
        return new SubProblem(now, engineers, routes, tickets, unassigned, travel);
    }
}
