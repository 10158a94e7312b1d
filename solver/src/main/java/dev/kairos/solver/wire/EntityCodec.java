package dev.kairos.solver.wire;

import dev.kairos.solver.state.ApiKey;
import dev.kairos.solver.state.Depot;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;
import dev.kairos.solver.state.Ticket;

import java.util.List;

import static dev.kairos.solver.wire.ValueCodec.*;

/**
 * Live-state entities on the wire: every field, in declaration order (the state digest relies on it),
 * but for a depot's counter time, which came later and goes last.
 */
public final class EntityCodec
{
    private EntityCodec()
    {
    }

    public static void putTicket(final BinaryWriter out, final Ticket ticket)
    {
        out.putString(ticket.id());
        CommandCodec.putTicketSpec(out, ticket.spec());
        out.putString(ticket.spec().source());
        out.putEnum(ticket.status());
        out.putString(ticket.cancelReason());
        out.putBoolean(ticket.closure() != null);
        if (ticket.closure() != null)
        {
            out.putString(ticket.closure().engineerId());
            out.putString(ticket.closure().report());
            putStock(out, ticket.closure().partsUsed());
        }
        out.putLong(ticket.createdAt());
        out.putLong(ticket.updatedAt());
        out.putLong(ticket.position());
    }

    public static void putEngineer(final BinaryWriter out, final Engineer engineer)
    {
        out.putString(engineer.id());
        CommandCodec.putEngineerSpec(out, engineer.spec());
        putLocation(out, engineer.location());
        out.putLong(engineer.locationAt());
        out.putEnum(engineer.status());
        out.putLong(engineer.updatedAt());
        out.putLong(engineer.position());
        putStrings(out, List.copyOf(engineer.borrowedTools()));
    }

    /** Every field of the depot, as snapshots hold it (format 8 on). */
    public static void putDepot(final BinaryWriter out, final Depot depot)
    {
        putDepotBeforeCounters(out, depot);
        out.putLong(depot.counterMillis());
    }

    /**
     * Every field but the counter time, as depots were encoded before they had one: the state digest
     * encodes depots so ({@code StateDigest} adds the counter times apart), so that a journal written
     * then still replays to the digest it reached then.
     */
    public static void putDepotBeforeCounters(final BinaryWriter out, final Depot depot)
    {
        out.putString(depot.id());
        putLocation(out, depot.location());
        putStock(out, depot.stock());
        putStrings(out, List.copyOf(depot.tools()));
        out.putLong(depot.updatedAt());
        out.putLong(depot.position());
    }

    public static void putRoute(final BinaryWriter out, final Route route)
    {
        out.putString(route.engineerId());
        out.putInt(route.stops().size());
        for (final Stop stop : route.stops())
        {
            out.putString(stop.ticketId());
            out.putLong(stop.arrival());
            out.putLong(stop.start());
            out.putLong(stop.end());
            out.putString(stop.pickUp() == null ? null : stop.pickUp().depotId());
            if (stop.pickUp() != null)
            {
                putStock(out, stop.pickUp().parts());
                putStrings(out, List.copyOf(stop.pickUp().tools()));
            }
        }
        out.putInt(route.pinned());
        out.putLong(route.departure());
        out.putLong(route.returnAt());
        out.putLong(route.travelMillis());
        out.putLong(route.version());
    }

    public static void putApiKey(final BinaryWriter out, final ApiKey key)
    {
        out.putString(key.id());
        out.putString(key.name());
        out.putString(key.sha256());
        out.putEnum(key.role());
        out.putString(key.engineerId());
        putStrings(out, key.regions());
        out.putLong(key.createdAt());
        out.putLong(key.updatedAt());
        out.putLong(key.revokedAt());
        out.putDouble(key.rateLimit());
        out.putDouble(key.rateBurst());
    }

    public static void putIdempotentRequest(final BinaryWriter out, final dev.kairos.solver.state.IdempotentRequest request)
    {
        out.putString(request.id());
        out.putString(request.requestHash());
        out.putLong(request.at());
        out.putLong(request.position());
        out.putBoolean(request.created());
        out.putString(request.madeId());
    }
}
