package dev.kairos.solver.state;

import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.TicketStatus;

/**
 * A ticket as the engine knows it. {@code position} is the journal position of its last change;
 * {@code createdAt} and {@code updatedAt} are engine time in epoch milliseconds. {@code closure}
 * is set once the ticket is completed.
 */
public record Ticket(
    String id,
    TicketSpec spec,
    TicketStatus status,
    String cancelReason,
    Closure closure,
    long createdAt,
    long updatedAt,
    long position)
{
    public Ticket withStatus(final TicketStatus to, final long at, final long changedAt)
    {
        return new Ticket(id, spec, to, cancelReason, closure, createdAt, at, changedAt);
    }
}
