package dev.kairos.solver.state;

import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.TicketStatus;

/**
 * A ticket as the engine knows it. {@code position} is the journal position of its last change;
 * {@code createdAt} and {@code updatedAt} are engine time in epoch milliseconds.
 */
public record Ticket(
    String id,
    TicketSpec spec,
    TicketStatus status,
    String cancelReason,
    long createdAt,
    long updatedAt,
    long position)
{
}
