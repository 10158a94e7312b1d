package dev.kairos.solver.command;

/**
 * What the engine decided for a command before journaling it, journaled in the same record so
 * replay applies the decision instead of recomputing it. {@code ticketId} is the id given to a
 * new ticket, null for other commands.
 */
public record Effects(String ticketId)
{
    public static final Effects NONE = new Effects(null);
}
