package dev.kairos.solver.engine;

import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.engine.Outcome.Refusal;
import dev.kairos.solver.engine.Outcome.Refused;
import dev.kairos.solver.planning.Insertion;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Ticket;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.kairos.solver.domain.TicketStatus.*;

/**
 * The field flow's rules: which status may follow which, and what a step decides for the plan.
 * Waiting and completed tickets leave their route (the engineer is free for the next job); a
 * resumed or reopened ticket goes through the fast path again.
 */
final class Progress
{
    private static final Map<TicketStatus, Set<TicketStatus>> ALLOWED_FROM = Map.of(
        ACCEPTED, EnumSet.of(DISPATCHED),
        EN_ROUTE, EnumSet.of(DISPATCHED, ACCEPTED),
        ON_SITE, EnumSet.of(DISPATCHED, ACCEPTED, EN_ROUTE),
        WAITING_CUSTOMER, EnumSet.of(ON_SITE),
        WAITING_PARTS, EnumSet.of(ON_SITE),
        COMPLETED, EnumSet.of(ON_SITE),
        NEW, EnumSet.of(WAITING_CUSTOMER, WAITING_PARTS, COMPLETED, CANCELLED));

    private Progress()
    {
    }

    static Refused refusal(final LiveState state, final TicketProgress progress)
    {
        final Ticket ticket = state.ticket(progress.ticketId());
        if (ticket == null)
        {
            return new Refused(Refusal.NOT_FOUND, "no ticket " + progress.ticketId());
        }
        final Set<TicketStatus> from = ALLOWED_FROM.get(progress.to());
        if (from == null || !from.contains(ticket.status()))
        {
            return new Refused(Refusal.CONFLICT, "ticket " + ticket.id() + " is " + ticket.status() + " and cannot become "
                + progress.to() + (from == null ? "" : "; it can from " + from));
        }
        return null;
    }

    static Effects effects(final LiveState state, final TicketProgress progress)
    {
        final String ticketId = progress.ticketId();
        final String engineerId = state.plan().engineerOf(ticketId);
        return switch (progress.to())
        {
            case WAITING_CUSTOMER, WAITING_PARTS, COMPLETED -> engineerId == null ? new Effects(ticketId) : new Effects(ticketId,
                List.of(new RoutePlan(engineerId, state.route(engineerId).ticketIds().stream()
                    .filter(id -> !id.equals(ticketId)).toList())), null);
            case NEW ->
            {
                yield Decider.placed(ticketId, Insertion.place(state, ticketId, state.ticket(ticketId).spec(), progress.at()));
            }
            default -> new Effects(ticketId);
        };
    }
}
