package dev.kairos.solver.command;

/** Cancel an open ticket; {@code reason} may be null. */
public record CancelTicket(long at, String ticketId, String reason) implements Command
{
}
