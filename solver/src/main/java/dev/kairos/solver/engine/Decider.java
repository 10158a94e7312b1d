package dev.kairos.solver.engine;

import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.ChangeEngineerStatus;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.engine.Outcome.Refusal;
import dev.kairos.solver.engine.Outcome.Refused;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Ticket;

/**
 * Step one of the engine: what a valid command decides given live state, before anything is
 * journaled. Refusals leave no trace; effects are journaled with the command.
 */
final class Decider
{
    private Decider()
    {
    }

    /** Null when the command may proceed. */
    static Refused refusal(final LiveState state, final Command command)
    {
        return switch (command)
        {
            case CreateTicket c -> null;
            case UpdateTicket c -> openTicketRefusal(state, c.ticketId(), "updated");
            case CancelTicket c -> openTicketRefusal(state, c.ticketId(), "cancelled");
            case PutEngineer c -> null;
            case PutDepot c -> null;
            case EngineerLocation c -> engineerRefusal(state, c.engineerId());
            case ChangeEngineerStatus c -> engineerRefusal(state, c.engineerId());
            case PutApiKey c -> null;
        };
    }

    static Effects effects(final LiveState state, final Command command)
    {
        return command instanceof CreateTicket ? new Effects(state.nextTicketId()) : Effects.NONE;
    }

    /** Whether the command brings a new entity into being (HTTP 201 rather than 200). */
    static boolean creates(final LiveState state, final Command command)
    {
        return switch (command)
        {
            case CreateTicket c -> true;
            case PutEngineer c -> state.engineer(c.engineerId()) == null;
            case PutDepot c -> state.depot(c.depotId()) == null;
            case PutApiKey c -> state.apiKey(c.keyId()) == null;
            default -> false;
        };
    }

    private static Refused openTicketRefusal(final LiveState state, final String ticketId, final String verb)
    {
        final Ticket ticket = state.ticket(ticketId);
        if (ticket == null)
        {
            return new Refused(Refusal.NOT_FOUND, "no ticket " + ticketId);
        }
        if (ticket.status().isClosed())
        {
            return new Refused(Refusal.CONFLICT, "ticket " + ticketId + " is " + ticket.status() + " and cannot be " + verb);
        }
        return null;
    }

    private static Refused engineerRefusal(final LiveState state, final String engineerId)
    {
        return state.engineer(engineerId) == null ? new Refused(Refusal.NOT_FOUND, "no engineer " + engineerId) : null;
    }
}
