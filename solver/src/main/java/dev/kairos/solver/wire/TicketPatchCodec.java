package dev.kairos.solver.wire;

import dev.kairos.solver.command.TicketPatch;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.domain.Priority;

import static dev.kairos.solver.wire.ValueCodec.*;

/** A ticket update's fields on the wire, part of the journal schema beside {@link CommandCodec}. */
final class TicketPatchCodec
{
    /** Tag 2's fields, then the dispatched visit's new parts reservation (PartsCodec's ReserveParts body). */
    static final byte UPDATE_TICKET_RESERVING = 34;
    private static final Priority[] PRIORITIES = Priority.values();

    private TicketPatchCodec()
    {
    }

    /** Tag {@code plain} (2) for a patch alone, tag 34 when the engine re-reserved the visit's parts with it. */
    static void putUpdate(final BinaryWriter out, final UpdateTicket update, final byte plain)
    {
        out.putByte(update.reserve() == null ? plain : UPDATE_TICKET_RESERVING);
        out.putLong(update.at());
        out.putString(update.ticketId());
        putTicketPatch(out, update.patch());
        if (update.reserve() != null)
        {
            PartsCodec.putReserveBody(out, update.reserve());
        }
    }

    static UpdateTicket getUpdate(final byte tag, final long at, final BinaryReader in)
    {
        final String ticketId = in.getString();
        final TicketPatch patch = getTicketPatch(in);
        return new UpdateTicket(at, ticketId, patch, tag == UPDATE_TICKET_RESERVING ? PartsCodec.getReserveBody(at, in) : null);
    }

    static void putTicketPatch(final BinaryWriter out, final TicketPatch patch)
    {
        out.putString(patch.title());
        out.putEnum(patch.priority());
        out.putString(patch.tier());
        out.putString(patch.region());
        putLocation(out, patch.location());
        putRequirements(out, patch.skills());
        putStrings(out, patch.tools());
        putStock(out, patch.parts());
        out.putInt(patch.durationMinutes());
        putWindow(out, patch.window());
        out.putLong(patch.due());
    }

    static TicketPatch getTicketPatch(final BinaryReader in)
    {
        return new TicketPatch(
            in.getString(), in.getEnum(PRIORITIES), in.getString(), in.getString(), getLocation(in),
            getRequirements(in), getStrings(in), getStock(in), in.getInt(), getWindow(in), in.getLong());
    }
}
