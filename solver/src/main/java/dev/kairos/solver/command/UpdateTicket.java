package dev.kairos.solver.command;

/** Change some fields of an open ticket. */
public record UpdateTicket(long at, String ticketId, TicketPatch patch) implements Command
{
}
