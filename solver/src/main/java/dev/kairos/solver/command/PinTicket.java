package dev.kairos.solver.command;

/**
 * A dispatcher keeps a ticket on an engineer ({@code engineerId}), or lets the planner choose again
 * ({@code engineerId} null). The planner may still order a pinned ticket within that route until it
 * is dispatched.
 */
public record PinTicket(long at, String ticketId, String engineerId) implements Command
{
}
