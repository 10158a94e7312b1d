package dev.kairos.solver.engine;

import dev.kairos.solver.command.PlanUpdate;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.engine.Outcome.Refusal;
import dev.kairos.solver.engine.Outcome.Refused;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Ticket;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether an optimiser proposal still fits the live plan: every route it rewrites is at the
 * version it started from, dispatched work stays first and in order, and every ticket it places
 * is open and not planned on some route outside the proposal.
 */
final class PlanUpdates
{
    private PlanUpdates()
    {
    }

    static Refused refusal(final LiveState state, final PlanUpdate update)
    {
        final Set<String> engineers = new HashSet<>();
        for (final RoutePlan plan : update.routes())
        {
            engineers.add(plan.engineerId());
        }
        final Set<String> seen = new HashSet<>();
        for (final RoutePlan plan : update.routes())
        {
            if (state.engineer(plan.engineerId()) == null)
            {
                return conflict("no engineer " + plan.engineerId());
            }
            final Route live = state.route(plan.engineerId());
            final Long basedOn = update.basedOn().get(plan.engineerId());
            if (basedOn == null || basedOn != live.version())
            {
                return conflict("route " + plan.engineerId() + " changed since version " + basedOn);
            }
            if (plan.ticketIds().size() < live.pinned()
                || !plan.ticketIds().subList(0, live.pinned()).equals(live.ticketIds().subList(0, live.pinned())))
            {
                return conflict("route " + plan.engineerId() + " would move dispatched work");
            }
            final Set<String> listed = new HashSet<>(plan.ticketIds());
            for (final String kept : live.ticketIds())
            {
                if (!listed.contains(kept) && plan.engineerId().equals(state.plan().pinnedTo(kept)))
                {
                    return conflict("ticket " + kept + " is pinned to " + plan.engineerId() + " and would leave its route");
                }
            }
            for (int i = live.pinned(); i < plan.ticketIds().size(); i++)
            {
                final String ticketId = plan.ticketIds().get(i);
                final Ticket ticket = state.ticket(ticketId);
                if (ticket == null || !seen.add(ticketId))
                {
                    return conflict("ticket " + ticketId + " is unknown or placed twice");
                }
                if (ticket.status() != TicketStatus.NEW && ticket.status() != TicketStatus.PLANNED)
                {
                    return conflict("ticket " + ticketId + " is " + ticket.status());
                }
                final String pinnedTo = state.plan().pinnedTo(ticketId);
                if (pinnedTo != null && !pinnedTo.equals(plan.engineerId()))
                {
                    return conflict("ticket " + ticketId + " is pinned to " + pinnedTo);
                }
                final String plannedOn = state.plan().engineerOf(ticketId);
                if (plannedOn != null && !engineers.contains(plannedOn))
                {
                    return conflict("ticket " + ticketId + " is now planned on " + plannedOn);
                }
            }
        }
        return null;
    }

    private static Refused conflict(final String detail)
    {
        return new Refused(Refusal.CONFLICT, "stale plan update: " + detail);
    }
}
