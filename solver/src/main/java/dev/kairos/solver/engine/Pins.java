package dev.kairos.solver.engine;

import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.engine.Outcome.Refusal;
import dev.kairos.solver.engine.Outcome.Refused;
import dev.kairos.solver.planning.Insertion;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Ticket;

import java.util.ArrayList;
import java.util.List;

/**
 * Manual dispatch: pinning moves an open, undispatched ticket onto the chosen engineer's route at
 * once; unpinning leaves it where it is for the planner to move again.
 */
final class Pins
{
    private Pins()
    {
    }

    static Refused refusal(final LiveState state, final PinTicket pin)
    {
        final Ticket ticket = state.ticket(pin.ticketId());
        if (ticket == null)
        {
            return new Refused(Refusal.NOT_FOUND, "no ticket " + pin.ticketId());
        }
        if (pin.engineerId() != null && state.engineer(pin.engineerId()) == null)
        {
            return new Refused(Refusal.NOT_FOUND, "no engineer " + pin.engineerId());
        }
        if (ticket.status().isClosed())
        {
            return new Refused(Refusal.CONFLICT, "ticket " + ticket.id() + " is " + ticket.status());
        }
        final String engineerId = state.plan().engineerOf(ticket.id());
        if (pin.engineerId() != null && ticket.status().compareTo(TicketStatus.PLANNED) > 0 && !pin.engineerId().equals(engineerId))
        {
            return new Refused(Refusal.CONFLICT, "ticket " + ticket.id() + " is already " + ticket.status() + " to " + engineerId);
        }
        return null;
    }

    static Effects effects(final LiveState state, final PinTicket pin)
    {
        final Ticket ticket = state.ticket(pin.ticketId());
        final String engineerId = state.plan().engineerOf(ticket.id());
        if (pin.engineerId() == null || pin.engineerId().equals(engineerId))
        {
            return new Effects(ticket.id());
        }
        final List<RoutePlan> routes = new ArrayList<>();
        final Route without = engineerId == null ? null : Decider.without(state.route(engineerId), ticket.id());
        if (without != null)
        {
            routes.add(new RoutePlan(engineerId, without.ticketIds()));
        }
        routes.add(Insertion.placeOn(state, ticket.id(), ticket.spec(), pin.at(), state.engineer(pin.engineerId()),
            id -> id.equals(engineerId) ? without : state.route(id)));
        return new Effects(ticket.id(), routes, null);
    }
}
