package dev.kairos.solver.command;

/**
 * The engine commits an engineer's next planned visit: it is pushed to the engineer and the
 * optimiser may no longer move it. Made by the engine itself when the visit's start comes within
 * the dispatch horizon, and journaled like any command.
 */
public record DispatchVisit(long at, String engineerId, String ticketId) implements Command
{
}
