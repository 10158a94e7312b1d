package dev.kairos.solver.command;

/**
 * Open a new ticket; the engine gives it its id. With {@code engineerId} the ticket is created pinned
 * to that engineer, as {@link PinTicket} would: one command, so it cannot be dispatched to someone
 * else in between (a fresh ticket on an idle engineer is dispatched within the engine's next tick).
 */
public record CreateTicket(long at, TicketSpec spec, String engineerId) implements Command
{
    /** A ticket for the planner to place. */
    public CreateTicket(final long at, final TicketSpec spec)
    {
        this(at, spec, null);
    }
}
