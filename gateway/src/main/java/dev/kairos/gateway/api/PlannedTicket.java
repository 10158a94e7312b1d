package dev.kairos.gateway.api;

import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;
import dev.kairos.solver.state.Ticket;

/**
 * A ticket with its place in the plan, read together on the engine thread: the engineer, the
 * timed stop (null while unassigned) and why it is unassigned (null while planned).
 */
record PlannedTicket(Ticket ticket, String engineerId, Stop stop, String unassignedReason, String pinnedTo)
{
    static PlannedTicket of(final LiveState state, final Ticket ticket)
    {
        if (ticket == null)
        {
            return null;
        }
        final String engineerId = state.plan().engineerOf(ticket.id());
        if (engineerId == null)
        {
            return new PlannedTicket(ticket, null, null,
                ticket.status().isClosed() ? null : state.plan().unassigned().get(ticket.id()), state.plan().pinnedTo(ticket.id()));
        }
        final Route route = state.route(engineerId);
        return new PlannedTicket(ticket, engineerId, route.stops().get(route.indexOf(ticket.id())), null,
            state.plan().pinnedTo(ticket.id()));
    }

    /** For command replies: the ticket the command touched, as the plan has it now. */
    static Object detail(final LiveState state, final Object entity)
    {
        return of(state, state.ticket(((Ticket)entity).id()));
    }

    boolean dispatched()
    {
        return ticket.status().compareTo(TicketStatus.PLANNED) > 0 && !ticket.status().isClosed();
    }
}
