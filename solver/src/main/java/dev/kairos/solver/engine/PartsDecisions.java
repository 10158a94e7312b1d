package dev.kairos.solver.engine;

import dev.kairos.solver.command.ReserveParts;
import dev.kairos.solver.command.RestockDepot;
import dev.kairos.solver.command.SetVanStock;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.TransferStock;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.engine.Outcome.Refusal;
import dev.kairos.solver.engine.Outcome.Refused;
import dev.kairos.solver.planning.TravelTimes;
import dev.kairos.solver.state.Depot;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.PartsReservation;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;
import dev.kairos.solver.state.StockLedger;
import dev.kairos.solver.state.Ticket;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stock rules, checked before anything is journaled: no holder ends up with less on hand than
 * it has reserved, nothing moves or is used that is not there; and where a dispatched visit's parts
 * come from (its van, else the depot the plan routed it through, else the depot that costs the
 * engineer the shortest detour, else a stock-out).
 */
final class PartsDecisions
{
    /** The statuses in which a visit holds (or waits for) its parts reservation. */
    private static final java.util.Set<TicketStatus> HOLDING = java.util.EnumSet.of(TicketStatus.DISPATCHED, TicketStatus.ACCEPTED,
        TicketStatus.EN_ROUTE, TicketStatus.ON_SITE);

    private PartsDecisions()
    {
    }

    static Refused refusal(final LiveState state, final SetVanStock c)
    {
        return state.engineer(c.engineerId()) == null ? new Refused(Refusal.NOT_FOUND, "no engineer " + c.engineerId()) :
            coversReserved(state.stock().reserved(StockLedger.van(c.engineerId())), c.stock(), "stock");
    }

    /** A replaced profile or depot must still hold what is reserved there. */
    static Refused coversReserved(final Map<String, Integer> reserved, final Map<String, Integer> stock, final String field)
    {
        for (final Map.Entry<String, Integer> held : reserved.entrySet())
        {
            final int onHand = stock.getOrDefault(held.getKey(), 0);
            if (onHand < held.getValue())
            {
                return invalid(field + "." + held.getKey(), onHand, held.getValue() + " reserved for dispatched visits");
            }
        }
        return null;
    }

    static Refused refusal(final LiveState state, final TransferStock c)
    {
        final Engineer engineer = state.engineer(c.engineerId());
        if (engineer == null)
        {
            return new Refused(Refusal.NOT_FOUND, "no engineer " + c.engineerId());
        }
        final Depot depot = state.depot(c.depotId());
        if (depot == null)
        {
            return invalid("depotId", c.depotId(), "no such depot");
        }
        final String from = c.toVan() ? StockLedger.depot(depot.id()) : StockLedger.van(engineer.id());
        final Map<String, Integer> onHand = c.toVan() ? depot.stock() : engineer.spec().stock();
        for (final Map.Entry<String, Integer> part : c.parts().entrySet())
        {
            final int available = state.stock().available(from, onHand, part.getKey());
            if (part.getValue() > available)
            {
                return invalid("parts." + part.getKey(), part.getValue(),
                    (c.toVan() ? "depot " + depot.id() : "the van") + " has " + Math.max(0, available) + " available");
            }
        }
        return null;
    }

    static Refused refusal(final LiveState state, final RestockDepot c)
    {
        return state.depot(c.depotId()) == null ? new Refused(Refusal.NOT_FOUND, "no depot " + c.depotId()) : null;
    }

    static Refused refusal(final LiveState state, final ReserveParts c)
    {
        return state.stock().pending().contains(c.ticketId()) ? null :
            new Refused(Refusal.CONFLICT, "ticket " + c.ticketId() + " is not waiting for a parts reservation");
    }

    /** Completion may use the visit's own reservation and whatever else in the van is not reserved. */
    static Refused completion(final LiveState state, final TicketProgress c)
    {
        final String engineerId = state.plan().engineerOf(c.ticketId());
        if (c.to() != TicketStatus.COMPLETED || c.partsUsed() == null || engineerId == null)
        {
            return null;
        }
        final Engineer engineer = state.engineer(engineerId);
        final PartsReservation mine = state.stock().reservation(c.ticketId());
        for (final Map.Entry<String, Integer> used : c.partsUsed().entrySet())
        {
            final String sku = used.getKey();
            final int own = mine == null ? 0 : mine.inHand().getOrDefault(sku, 0);
            final int usable = state.stock().available(StockLedger.van(engineerId), engineer.spec().stock(), sku) + own;
            if (used.getValue() > usable)
            {
                return invalid("partsUsed." + sku, used.getValue(), "the van has " + Math.max(0, usable) + " that this visit may use");
            }
        }
        return null;
    }

    /** Where a dispatched visit's parts come from, as of now. */
    static ReserveParts reservation(final LiveState state, final String ticketId, final long now)
    {
        final Ticket ticket = state.ticket(ticketId);
        final String engineerId = state.plan().engineerOf(ticketId);
        final Engineer engineer = state.engineer(engineerId);
        final TreeMap<String, Integer> fromVan = new TreeMap<>();
        final TreeMap<String, Integer> shortfall = new TreeMap<>();
        ticket.spec().parts().forEach((sku, quantity) ->
        {
            final int take = Math.max(0, Math.min(quantity,
                state.stock().available(StockLedger.van(engineerId), engineer.spec().stock(), sku)));
            if (take > 0)
            {
                fromVan.put(sku, take);
            }
            if (quantity > take)
            {
                shortfall.put(sku, quantity - take);
            }
        });
        if (shortfall.isEmpty())
        {
            return new ReserveParts(now, ticketId, engineerId, fromVan, null, Stock.empty(), Stock.empty());
        }
        final Depot planned = plannedDepot(state, engineerId, ticketId, shortfall);
        final Depot depot = planned != null ? planned : pickUpDepot(state, engineer.location(), ticket.spec().location(), shortfall);
        return depot == null ? new ReserveParts(now, ticketId, engineerId, fromVan, null, Stock.empty(), shortfall) :
            new ReserveParts(now, ticketId, engineerId, fromVan, depot.id(), shortfall, Stock.empty());
    }

    /** The depot the plan routed the visit through, when it still has all of {@code parts} available; else null. */
    private static Depot plannedDepot(final LiveState state, final String engineerId, final String ticketId,
        final Map<String, Integer> parts)
    {
        final Route route = state.route(engineerId);
        final int index = route.indexOf(ticketId);
        final Stop.PickUp pickUp = index < 0 ? null : route.stops().get(index).pickUp();
        final Depot depot = pickUp == null ? null : state.depot(pickUp.depotId());
        if (depot == null)
        {
            return null;
        }
        for (final Map.Entry<String, Integer> part : parts.entrySet())
        {
            if (state.stock().available(StockLedger.depot(depot.id()), depot.stock(), part.getKey()) < part.getValue())
            {
                return null;
            }
        }
        return depot;
    }

    /**
     * The depot with all of {@code parts} available that adds the least time between here and the
     * visit, its counter included as the planner counts it; null if none.
     */
    static Depot pickUpDepot(final LiveState state, final Location from, final Location to, final Map<String, Integer> parts)
    {
        return pickUpDepot(state, from, to, parts, null);
    }

    /**
     * A dispatched visit's reservation after a patch changes its parts, or null when it needs none
     * (parts unchanged, not dispatched, or its reservation still to come, which will read the new
     * parts). Taken as at dispatch, van first, then one depot on the way, with the old reservation
     * counted as given back; once the engineer is on site there is no depot on the way any more, so
     * what the van lacks is missing. A ticket whose new parts are none gets an empty one: release only.
     */
    static ReserveParts rereservation(final LiveState state, final UpdateTicket c)
    {
        final Ticket ticket = state.ticket(c.ticketId());
        final Map<String, Integer> parts = c.patch().parts();
        if (ticket == null || parts == null || parts.equals(ticket.spec().parts()) || !HOLDING.contains(ticket.status())
            || state.stock().pending().contains(ticket.id()))
        {
            return null;
        }
        final PartsReservation old = state.stock().reservation(ticket.id());
        final String engineerId = old != null ? old.engineerId() : state.plan().engineerOf(ticket.id());
        if (engineerId == null || state.engineer(engineerId) == null)
        {
            return null;
        }
        final Engineer engineer = state.engineer(engineerId);
        final TreeMap<String, Integer> fromVan = new TreeMap<>();
        final TreeMap<String, Integer> shortfall = new TreeMap<>();
        parts.forEach((sku, quantity) ->
        {
            final int back = old == null ? 0 : old.van().getOrDefault(sku, 0) + (old.pickedUp() ? old.depot().getOrDefault(sku, 0) : 0);
            final int take = Math.max(0, Math.min(quantity,
                state.stock().available(StockLedger.van(engineerId), engineer.spec().stock(), sku) + back));
            if (take > 0)
            {
                fromVan.put(sku, take);
            }
            if (quantity > take)
            {
                shortfall.put(sku, quantity - take);
            }
        });
        if (shortfall.isEmpty())
        {
            return new ReserveParts(c.at(), ticket.id(), engineerId, fromVan, null, Stock.empty(), Stock.empty());
        }
        final Location to = c.patch().location() != null ? c.patch().location() : ticket.spec().location();
        final Depot depot = ticket.status() == TicketStatus.ON_SITE ? null :
            pickUpDepot(state, engineer.location(), to, shortfall, old);
        return depot == null ? new ReserveParts(c.at(), ticket.id(), engineerId, fromVan, null, Stock.empty(), shortfall) :
            new ReserveParts(c.at(), ticket.id(), engineerId, fromVan, depot.id(), shortfall, Stock.empty());
    }

    /** As above, counting {@code returning}'s depot share (when not yet picked up) as available again at its depot. */
    private static Depot pickUpDepot(final LiveState state, final Location from, final Location to, final Map<String, Integer> parts,
                                     final PartsReservation returning)
    {
        final TravelTimes travel = state.travel();
        final List<Depot> depots = new ArrayList<>(state.depots());
        depots.sort(Comparator.<Depot>comparingLong(
            d -> travel.millis(from, d.location()) + d.counterMillis() + travel.millis(d.location(), to)).thenComparing(Depot::id));
        for (final Depot depot : depots)
        {
            boolean all = true;
            for (final Map.Entry<String, Integer> part : parts.entrySet())
            {
                final int back = returning != null && !returning.pickedUp() && depot.id().equals(returning.depotId()) ?
                    returning.depot().getOrDefault(part.getKey(), 0) : 0;
                all &= state.stock().available(StockLedger.depot(depot.id()), depot.stock(), part.getKey()) + back >= part.getValue();
            }
            if (all)
            {
                return depot;
            }
        }
        return null;
    }

    private static Refused invalid(final String field, final Object value, final String message)
    {
        return new Refused(Refusal.INVALID, field + ": " + message, field, value);
    }
}
