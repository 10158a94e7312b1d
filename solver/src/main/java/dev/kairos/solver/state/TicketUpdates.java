package dev.kairos.solver.state;

import dev.kairos.solver.command.TicketPatch;
import dev.kairos.solver.command.TicketSpec;

/** Merges a {@link TicketPatch} into a ticket: a field the patch leaves null stays as it was. */
public final class TicketUpdates
{
    private TicketUpdates()
    {
    }

    static Ticket apply(final Ticket ticket, final TicketPatch patch, final long at, final long position)
    {
        return new Ticket(ticket.id(), merge(ticket.spec(), patch), ticket.status(), ticket.cancelReason(),
            ticket.closure(), ticket.createdAt(), at, position);
    }

    public static TicketSpec merge(final TicketSpec old, final TicketPatch patch)
    {
        return new TicketSpec(
            old.externalId(),
            or(patch.title(), old.title()),
            or(patch.priority(), old.priority()),
            or(patch.tier(), old.tier()),
            or(patch.region(), old.region()),
            or(patch.location(), old.location()),
            or(patch.skills(), old.skills()),
            or(patch.tools(), old.tools()),
            or(patch.parts(), old.parts()),
            patch.durationMinutes() > 0 ? patch.durationMinutes() : old.durationMinutes(),
            or(patch.window(), old.window()),
            patch.due() != TicketSpec.NO_TIME ? patch.due() : old.due(),
            old.source());
    }

    private static <T> T or(final T value, final T fallback)
    {
        return value != null ? value : fallback;
    }
}
