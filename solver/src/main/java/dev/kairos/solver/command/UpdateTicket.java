package dev.kairos.solver.command;

/**
 * Change some fields of an open ticket. {@code reserve}, null unless the engine set it, is a
 * dispatched visit's new parts reservation when the patch changed its parts: the old one is
 * released and this one taken in the same record, so replay repeats the decision without making it.
 */
public record UpdateTicket(long at, String ticketId, TicketPatch patch, ReserveParts reserve) implements Command
{
    public UpdateTicket(final long at, final String ticketId, final TicketPatch patch)
    {
        this(at, ticketId, patch, null);
    }
}
