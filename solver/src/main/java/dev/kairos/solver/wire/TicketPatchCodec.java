package dev.kairos.solver.wire;

import dev.kairos.solver.command.TicketPatch;
import dev.kairos.solver.domain.Priority;

import static dev.kairos.solver.wire.ValueCodec.*;

/** A ticket update's fields on the wire, part of the journal schema beside {@link CommandCodec}. */
final class TicketPatchCodec
{
    private static final Priority[] PRIORITIES = Priority.values();

    private TicketPatchCodec()
    {
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
