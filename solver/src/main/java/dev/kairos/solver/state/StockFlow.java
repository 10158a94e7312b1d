package dev.kairos.solver.state;

import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.DispatchVisit;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.FireSla;
import dev.kairos.solver.command.ReserveParts;
import dev.kairos.solver.command.RestockDepot;
import dev.kairos.solver.command.SetVanStock;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.TransferStock;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Applies stock changes: van stock-takes, transfers, depot deliveries, reservations, and what the
 * field flow means for reserved parts (a check-in picks up the depot share, completion consumes what
 * was used and releases the rest, waiting, reopening and cancelling release it). The engine checked
 * the quantities before journaling; this only does the arithmetic. Engine thread only.
 */
final class StockFlow
{
    private StockFlow()
    {
    }

    static Engineer setVan(final LiveState state, final SetVanStock c, final long position)
    {
        return state.put(withVan(state.engineer(c.engineerId()), c.stock(), c.at(), position));
    }

    static Engineer transfer(final LiveState state, final TransferStock c, final long position)
    {
        final int sign = c.toVan() ? 1 : -1;
        final Engineer engineer = state.engineer(c.engineerId());
        final Depot depot = state.depot(c.depotId());
        state.put(depot.withStock(plus(depot.stock(), c.parts(), -sign), c.at(), position));
        return state.put(withVan(engineer, plus(engineer.spec().stock(), c.parts(), sign), c.at(), position));
    }

    static Depot restock(final LiveState state, final RestockDepot c, final long position)
    {
        final Depot depot = state.depot(c.depotId());
        return state.put(depot.withStock(plus(depot.stock(), c.parts(), 1), c.at(), position));
    }

    static PartsReservation reserve(final LiveState state, final ReserveParts c, final long position)
    {
        final PartsReservation reservation = new PartsReservation(c.ticketId(), c.engineerId(), c.van(), c.depotId(), c.depot(),
            c.missing(), false, c.at(), position);
        state.stock().put(reservation);
        note(state, c.ticketId(), c.at(), position, "stock.reserved", c.engineerId(), c.depotId(), plus(c.van(), c.depot(), 1));
        if (!c.missing().isEmpty())
        {
            note(state, c.ticketId(), c.at(), position, "stock.out", c.engineerId(), null, c.missing());
        }
        return reservation;
    }

    /** What a ticket's command means for its reservation; runs after the command applied. */
    static void after(final LiveState state, final Command command, final long at, final long position)
    {
        switch (command)
        {
            case DispatchVisit c -> awaitIfDispatched(state, c.ticketId());
            case FireSla c -> awaitIfDispatched(state, c.ticketId());
            case CancelTicket c -> release(state, c.ticketId(), at, position);
            case UpdateTicket c when c.reserve() != null ->
            {
                // A patch changed a dispatched visit's parts: the old reservation goes back, the new one (decided and journaled) is taken.
                release(state, c.ticketId(), at, position);
                if (!(c.reserve().van().isEmpty() && c.reserve().depot().isEmpty() && c.reserve().missing().isEmpty()))
                {
                    reserve(state, c.reserve(), position);
                }
            }
            case TicketProgress c ->
            {
                if (c.to() == TicketStatus.ON_SITE)
                {
                    pickUp(state, c.ticketId(), at, position);
                }
                else if (c.to() == TicketStatus.COMPLETED || c.to() == TicketStatus.WAITING_CUSTOMER
                    || c.to() == TicketStatus.WAITING_PARTS || c.to() == TicketStatus.NEW)
                {
                    final Ticket ticket = state.ticket(c.ticketId());
                    if (c.to() == TicketStatus.COMPLETED && ticket.closure() != null && ticket.closure().engineerId() != null
                        && !ticket.closure().partsUsed().isEmpty())
                    {
                        note(state, c.ticketId(), at, position, "stock.changed", ticket.closure().engineerId(), null,
                            ticket.closure().partsUsed());
                    }
                    release(state, c.ticketId(), at, position);
                }
            }
            default ->
            {
            }
        }
    }

    private static void release(final LiveState state, final String ticketId, final long at, final long position)
    {
        final PartsReservation r = state.stock().remove(ticketId);
        if (r != null && !(r.van().isEmpty() && r.depot().isEmpty()))
        {
            note(state, ticketId, at, position, "stock.released", r.engineerId(), r.pickedUp() ? null : r.depotId(),
                plus(r.van(), r.depot(), 1));
        }
    }

    /** The ticket's timeline gets the stock event, as the stream reports it. */
    private static void note(final LiveState state, final String ticketId, final long at, final long position, final String kind,
        final String engineerId, final String depotId, final SortedMap<String, Integer> parts)
    {
        state.timeline().add(ticketId, new TicketEvent.StockMoved(at, position, kind, engineerId, depotId, parts), state.actor());
    }

    private static void awaitIfDispatched(final LiveState state, final String ticketId)
    {
        final Ticket ticket = state.ticket(ticketId);
        if (ticket != null && ticket.status() == TicketStatus.DISPATCHED && !ticket.spec().parts().isEmpty())
        {
            state.stock().await(ticketId);
        }
    }

    /** The engineer has been to the depot on the way: its share moves into the van, still reserved. */
    private static void pickUp(final LiveState state, final String ticketId, final long at, final long position)
    {
        final PartsReservation r = state.stock().reservation(ticketId);
        if (r == null || r.depotId() == null || r.pickedUp())
        {
            return;
        }
        final Depot depot = state.depot(r.depotId());
        final Engineer engineer = state.engineer(r.engineerId());
        state.put(depot.withStock(plus(depot.stock(), r.depot(), -1), at, position));
        state.put(withVan(engineer, plus(engineer.spec().stock(), r.depot(), 1), at, position));
        state.stock().put(new PartsReservation(r.id(), r.engineerId(), r.van(), r.depotId(), r.depot(), r.missing(), true,
            r.at(), position));
        note(state, ticketId, at, position, "stock.changed", r.engineerId(), r.depotId(), r.depot());
    }

    static Engineer withVan(final Engineer e, final Map<String, Integer> stock, final long at, final long position)
    {
        final EngineerSpec s = e.spec();
        return new Engineer(e.id(), new EngineerSpec(s.name(), s.home(), s.skills(), s.tools(), s.shift(), Stock.of(stock), s.capacity()),
            e.location(), e.locationAt(), e.status(), at, position, e.borrowedTools());
    }

    /** {@code base} plus {@code sign} times {@code parts}; skus that reach zero are kept, as a count of nothing. */
    static SortedMap<String, Integer> plus(final Map<String, Integer> base, final Map<String, Integer> parts, final int sign)
    {
        final TreeMap<String, Integer> result = new TreeMap<>(base);
        parts.forEach((sku, quantity) -> result.merge(sku, sign * quantity, Integer::sum));
        return Stock.of(result);
    }
}
