package dev.kairos.solver.wire;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.ReserveParts;
import dev.kairos.solver.command.RestockDepot;
import dev.kairos.solver.command.SetVanStock;
import dev.kairos.solver.command.TransferStock;
import dev.kairos.solver.domain.Tools;
import dev.kairos.solver.state.PartsReservation;

import java.util.List;

import static dev.kairos.solver.wire.ValueCodec.getLocation;
import static dev.kairos.solver.wire.ValueCodec.getStock;
import static dev.kairos.solver.wire.ValueCodec.getStrings;
import static dev.kairos.solver.wire.ValueCodec.putLocation;
import static dev.kairos.solver.wire.ValueCodec.putStock;
import static dev.kairos.solver.wire.ValueCodec.putStrings;

/**
 * The journal schema of stock commands (tags 28-31 of {@link CommandCodec}, 37: a depot that lends tools, and 38: a depot with
 * its own counter time) and the encoding of a
 * reservation for the digest. Append-only like the rest of the schema.
 */
public final class PartsCodec
{
    static final byte SET_VAN_STOCK = 28;
    static final byte TRANSFER_STOCK = 29;
    static final byte RESERVE_PARTS = 30;
    static final byte RESTOCK_DEPOT = 31;
    /** A {@link PutDepot} whose depot lends tools: tag 5's fields, then the tools. */
    static final byte PUT_LENDING_DEPOT = 37;
    /**
     * A {@link PutDepot} whose counter time is not {@link PutDepot#DEFAULT_COUNTER_MILLIS}: tag 37's fields, then the
     * counter time. Tags 5 and 37 carry none and read as the default, the time every pick-up took when they were written.
     */
    static final byte PUT_DEPOT_WITH_COUNTER = 38;

    private PartsCodec()
    {
    }

    /** Tag, time and fields of a stock command. */
    static void put(final BinaryWriter out, final Command command)
    {
        switch (command)
        {
            case SetVanStock c ->
            {
                head(out, SET_VAN_STOCK, c.at());
                out.putString(c.engineerId());
                putStock(out, c.stock());
            }
            case TransferStock c ->
            {
                head(out, TRANSFER_STOCK, c.at());
                out.putString(c.engineerId());
                out.putString(c.depotId());
                putStock(out, c.parts());
                out.putBoolean(c.toVan());
            }
            case ReserveParts c ->
            {
                head(out, RESERVE_PARTS, c.at());
                putReserveBody(out, c);
            }
            case RestockDepot c ->
            {
                head(out, RESTOCK_DEPOT, c.at());
                out.putString(c.depotId());
                putStock(out, c.parts());
            }
            case PutDepot c ->
            {
                final boolean ownCounter = c.counterMillis() != PutDepot.DEFAULT_COUNTER_MILLIS;
                head(out, ownCounter ? PUT_DEPOT_WITH_COUNTER : PUT_LENDING_DEPOT, c.at());
                out.putString(c.depotId());
                putLocation(out, c.location());
                putStock(out, c.stock());
                putStrings(out, List.copyOf(c.tools()));
                if (ownCounter)
                {
                    out.putLong(c.counterMillis());
                }
            }
            default -> throw new IllegalArgumentException("not a stock command: " + command);
        }
    }

    private static void head(final BinaryWriter out, final byte tag, final long at)
    {
        out.putByte(tag);
        out.putLong(at);
    }

    /** The command after its tag and time, or null when the tag is not a stock command's. */
    static Command get(final byte tag, final long at, final BinaryReader in)
    {
        return switch (tag)
        {
            case SET_VAN_STOCK -> new SetVanStock(at, in.getString(), getStock(in));
            case TRANSFER_STOCK -> new TransferStock(at, in.getString(), in.getString(), getStock(in), in.getBoolean());
            case RESERVE_PARTS -> getReserveBody(at, in);
            case RESTOCK_DEPOT -> new RestockDepot(at, in.getString(), getStock(in));
            case PUT_LENDING_DEPOT -> new PutDepot(at, in.getString(), getLocation(in), getStock(in), Tools.of(getStrings(in)));
            case PUT_DEPOT_WITH_COUNTER -> new PutDepot(at, in.getString(), getLocation(in), getStock(in), Tools.of(getStrings(in)),
                in.getLong());
            default -> null;
        };
    }

    /** A reservation's fields after its tag and time; also the tail of tag 34, an UpdateTicket that re-reserves. */
    static void putReserveBody(final BinaryWriter out, final ReserveParts c)
    {
        out.putString(c.ticketId());
        out.putString(c.engineerId());
        putStock(out, c.van());
        out.putString(c.depotId());
        putStock(out, c.depot());
        putStock(out, c.missing());
    }

    static ReserveParts getReserveBody(final long at, final BinaryReader in)
    {
        return new ReserveParts(at, in.getString(), in.getString(), getStock(in), in.getString(), getStock(in), getStock(in));
    }

    public static void putReservation(final BinaryWriter out, final PartsReservation r)
    {
        out.putString(r.id());
        out.putString(r.engineerId());
        putStock(out, r.van());
        out.putString(r.depotId());
        putStock(out, r.depot());
        putStock(out, r.missing());
        out.putBoolean(r.pickedUp());
        out.putLong(r.at());
        out.putLong(r.position());
    }

    public static PartsReservation getReservation(final BinaryReader in)
    {
        return new PartsReservation(in.getString(), in.getString(), getStock(in), in.getString(), getStock(in), getStock(in),
            in.getBoolean(), in.getLong(), in.getLong());
    }
}
