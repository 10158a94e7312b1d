package dev.kairos.gateway.api;

import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.TicketSla;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;
import dev.kairos.solver.state.Ticket;

/**
 * A ticket with its place in the plan, read together on the engine thread: the engineer, the
 * timed stop (null while unassigned) and why it is unassigned (null while planned); and its SLA,
 * to be shown as of {@code asOf}.
 */
record PlannedTicket(Ticket ticket, String engineerId, Stop stop, String unassignedReason, String pinnedTo, TicketSla sla,
                     long asOf)
{
    /** Without SLA state: a ticket as the plan alone has it. */
    PlannedTicket(final Ticket ticket, final String engineerId, final Stop stop, final String unassignedReason)
    {
        this(ticket, engineerId, stop, unassignedReason, null, null, 0);
    }

    /** As of the engine's time: for replies to commands, whose time it is. */
    static PlannedTicket of(final LiveState state, final Ticket ticket)
    {
        return of(state, ticket, state.time());
    }

    /** As of {@code now}: for reads, which report the SLA clocks at the time of the request. */
    static PlannedTicket of(final LiveState state, final Ticket ticket, final long now)
    {
        if (ticket == null)
        {
            return null;
        }
        final TicketSla sla = state.sla().ticket(ticket.id());
        final long asOf = Math.max(now, state.time());
        final String engineerId = state.plan().engineerOf(ticket.id());
        if (engineerId == null)
        {
            return new PlannedTicket(ticket, null, null,
                ticket.status().isClosed() ? null : state.plan().unassigned().get(ticket.id()), state.plan().pinnedTo(ticket.id()),
                sla, asOf);
        }
        final Route route = state.route(engineerId);
        return new PlannedTicket(ticket, engineerId, route.stops().get(route.indexOf(ticket.id())), null,
            state.plan().pinnedTo(ticket.id()), sla, asOf);
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
