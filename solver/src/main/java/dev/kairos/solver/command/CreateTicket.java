package dev.kairos.solver.command;

/** Open a new ticket; the engine gives it its id. */
public record CreateTicket(long at, TicketSpec spec) implements Command
{
}
