package dev.kairos.solver.planning.improve;

import dev.kairos.solver.command.PlanUpdate;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.planning.Insertion;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Ticket;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * After a round, a ticket it left unassigned gets the fast path's search again over the whole live
 * plan, ejection included whatever its window, and for a ticket with a narrow window beyond the
 * fast path's reach ({@link Insertion#placeWaiting}): the round sees four routes, and its moves
 * never make room by moving a visit away first, so a ticket the optimiser took off a route to
 * place another of the same weight could stay out for the rest of its window (RC101 rd10: 4 of 15
 * open requests). The placement goes to the engine as an ordinary {@link PlanUpdate} based on the
 * versions it read, so it is journaled, and refused if the plan moved on meanwhile.
 * <p>
 * {@link #next} on the optimiser's thread; {@link #proposal} is a query run on the engine thread.
 */
final class UnassignedRetry
{
    /** Tickets tried a round at most: each is a fast-path search on the engine thread. */
    static final int PER_ROUND = 2;

    private int turn;

    private UnassignedRetry()
    {
    }

    static UnassignedRetry create()
    {
        return new UnassignedRetry();
    }

    /** The tickets of this round's sub-problem to try, taking turns so one that fits nowhere does not take every try. */
    List<String> next(final SubProblem problem)
    {
        final List<String> open = problem.unassigned();
        if (open.isEmpty())
        {
            return List.of();
        }
        final int from = Math.floorMod(turn, open.size());
        turn += PER_ROUND;
        final List<String> chosen = new java.util.ArrayList<>(PER_ROUND);
        for (int i = 0; i < Math.min(PER_ROUND, open.size()); i++)
        {
            chosen.add(open.get((from + i) % open.size()));
        }
        return chosen;
    }

    /** Engine thread: the first of {@code ticketIds} still unassigned that now has a place, as a plan update; null if none. */
    static PlanUpdate proposal(final LiveState state, final List<String> ticketIds, final long now)
    {
        for (final String id : ticketIds)
        {
            final Ticket ticket = state.ticket(id);
            if (ticket == null || ticket.status() != TicketStatus.NEW || state.plan().engineerOf(id) != null
                || state.plan().pinnedTo(id) != null)
            {
                continue;
            }
            final Insertion.Placement placement = Insertion.placeWaiting(state, id, ticket.spec(), now);
            if (placement.route() != null)
            {
                final Map<String, Long> basedOn = new HashMap<>();
                for (final RoutePlan plan : placement.routes())
                {
                    basedOn.put(plan.engineerId(), state.route(plan.engineerId()).version());
                }
                return new PlanUpdate(now, placement.routes(), basedOn);
            }
        }
        return null;
    }
}
