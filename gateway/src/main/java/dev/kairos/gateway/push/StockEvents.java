package dev.kairos.gateway.push;

import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.ReserveParts;
import dev.kairos.solver.command.RestockDepot;
import dev.kairos.solver.command.SetVanStock;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.TransferStock;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static dev.kairos.gateway.push.EventType.*;

/**
 * The event mapper's stock side, by the rules of {@code state/StockFlow}: stock-takes, transfers and
 * deliveries ({@code stock.changed}), reservations of dispatched visits ({@code stock.reserved}, and
 * {@code stock.out} when some part was nowhere to be had), the depot share picked up at check-in,
 * and reservations released by completion, waiting, reopening or cancelling ({@code stock.released}).
 * Remembers each open reservation; levels live in {@link EngineerEvents}. Owned by its mapper's thread.
 */
final class StockEvents
{
    private final Map<String, ReserveParts> reservations = new HashMap<>();
    private final Map<String, Boolean> pickedUp = new HashMap<>();
    private final EngineerEvents engineers;
    private final EventBuilder builder;

    StockEvents(final EngineerEvents engineers, final EventBuilder builder)
    {
        this.engineers = engineers;
        this.builder = builder;
    }

    /** The open reservations as the live stock ledger holds them (a snapshot's). */
    void seed(final java.util.Collection<dev.kairos.solver.state.PartsReservation> open)
    {
        for (final dev.kairos.solver.state.PartsReservation r : open)
        {
            reservations.put(r.id(), new ReserveParts(r.at(), r.id(), r.engineerId(), r.van(), r.depotId(), r.depot(), r.missing()));
            pickedUp.put(r.id(), r.pickedUp());
        }
    }

    void setVan(final SetVanStock c, final long position, final List<Event> events)
    {
        van(c.engineerId(), c.stock(), c.at(), position, events, null, null, null);
    }

    void transfer(final TransferStock c, final long position, final List<Event> events)
    {
        final int sign = c.toVan() ? 1 : -1;
        depot(c.depotId(), plus(engineers.depotStock(c.depotId()), c.parts(), -sign), c.at(), position, events, null, null, c.parts());
        final EngineerFacts facts = engineers.facts(c.engineerId());
        van(c.engineerId(), plus(facts == null ? Stock.empty() : facts.stock, c.parts(), sign), c.at(), position, events, null, null,
            c.parts());
    }

    void restock(final RestockDepot c, final long position, final List<Event> events)
    {
        depot(c.depotId(), plus(engineers.depotStock(c.depotId()), c.parts(), 1), c.at(), position, events, null, null, c.parts());
    }

    void reserve(final ReserveParts c, final String region, final long position, final List<Event> events)
    {
        reservations.put(c.ticketId(), c);
        pickedUp.put(c.ticketId(), false);
        events.add(builder.start(STOCK_RESERVED, c.at(), position).ticket(c.ticketId(), region).engineer(c.engineerId())
            .depot(c.depotId())
            .put("van", orNull(c.van()))
            .put("depot", orNull(c.depot()))
            .put("missing", orNull(c.missing()))
            .build());
        if (!c.missing().isEmpty())
        {
            events.add(builder.start(STOCK_OUT, c.at(), position).ticket(c.ticketId(), region).engineer(c.engineerId())
                .put("missing", c.missing())
                .build());
        }
    }

    void step(final TicketProgress c, final String region, final long position, final List<Event> events)
    {
        final ReserveParts r = reservations.get(c.ticketId());
        if (r == null)
        {
            return;
        }
        if (c.to() == TicketStatus.ON_SITE && r.depotId() != null && !pickedUp.get(c.ticketId()))
        {
            pickedUp.put(c.ticketId(), true);
            depot(r.depotId(), plus(engineers.depotStock(r.depotId()), r.depot(), -1), c.at(), position, events, c.ticketId(),
                region, r.depot());
            final EngineerFacts facts = engineers.facts(r.engineerId());
            van(r.engineerId(), plus(facts == null ? Stock.empty() : facts.stock, r.depot(), 1), c.at(), position, events,
                c.ticketId(), region, r.depot());
        }
        else if (c.to() == TicketStatus.COMPLETED || c.to() == TicketStatus.WAITING_CUSTOMER
            || c.to() == TicketStatus.WAITING_PARTS || c.to() == TicketStatus.NEW)
        {
            release(c.ticketId(), region, c.at(), position, events);
        }
    }

    /** A patch that changed a dispatched visit's parts: the old reservation released, the new one taken (state/StockFlow). */
    void rereserve(final UpdateTicket c, final String region, final long position, final List<Event> events)
    {
        release(c.ticketId(), region, c.at(), position, events);
        final ReserveParts r = c.reserve();
        if (!(r.van().isEmpty() && r.depot().isEmpty() && r.missing().isEmpty()))
        {
            reserve(r, region, position, events);
        }
    }

    void cancel(final CancelTicket c, final String region, final long position, final List<Event> events)
    {
        release(c.ticketId(), region, c.at(), position, events);
    }

    private void release(final String ticketId, final String region, final long at, final long position, final List<Event> events)
    {
        final ReserveParts r = reservations.remove(ticketId);
        final boolean taken = Boolean.TRUE.equals(pickedUp.remove(ticketId));
        if (r == null || r.van().isEmpty() && r.depot().isEmpty())
        {
            return;
        }
        events.add(builder.start(STOCK_RELEASED, at, position).ticket(ticketId, region).engineer(r.engineerId())
            .depot(taken ? null : r.depotId())
            .put("van", orNull(taken ? plus(r.van(), r.depot(), 1) : r.van()))
            .put("depot", taken ? null : orNull(r.depot()))
            .build());
    }

    private void van(final String engineerId, final SortedMap<String, Integer> stock, final long at, final long position,
        final List<Event> events, final String ticketId, final String region, final SortedMap<String, Integer> moved)
    {
        final EngineerFacts facts = engineers.facts(engineerId);
        if (facts != null)
        {
            facts.stock = stock;
        }
        final EventBuilder event = builder.start(STOCK_CHANGED, at, position);
        if (ticketId != null)
        {
            event.ticket(ticketId, region);
        }
        events.add(event.engineer(engineerId).put("stock", stock).put("moved", moved).build());
    }

    private void depot(final String depotId, final SortedMap<String, Integer> stock, final long at, final long position,
        final List<Event> events, final String ticketId, final String region, final SortedMap<String, Integer> moved)
    {
        engineers.depotStock(depotId, stock);
        final EventBuilder event = builder.start(STOCK_CHANGED, at, position);
        if (ticketId != null)
        {
            event.ticket(ticketId, region);
        }
        events.add(event.depot(depotId).put("stock", stock).put("moved", moved).build());
    }

    /** Empty shares are left out of the event. */
    private static SortedMap<String, Integer> orNull(final SortedMap<String, Integer> parts)
    {
        return parts.isEmpty() ? null : parts;
    }

    private static SortedMap<String, Integer> plus(final Map<String, Integer> base, final Map<String, Integer> parts, final int sign)
    {
        final TreeMap<String, Integer> result = new TreeMap<>(base);
        parts.forEach((sku, quantity) -> result.merge(sku, sign * quantity, Integer::sum));
        return Stock.of(result);
    }
}
