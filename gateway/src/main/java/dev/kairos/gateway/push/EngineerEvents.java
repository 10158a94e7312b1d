package dev.kairos.gateway.push;

import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static dev.kairos.gateway.push.EventType.*;

/**
 * The event mapper's engineer side: profiles, pings, statuses, van and depot stock, and what a
 * field-flow step means for the engineer doing it, by the rules of {@code state/LiveState} and
 * {@code state/TicketFlow}. It remembers each engineer's status, location time and stock, and each
 * depot's stock. Owned by its mapper's thread; shares the mapper's builder.
 */
final class EngineerEvents
{
    private final Map<String, EngineerFacts> engineers = new HashMap<>();
    private final Map<String, SortedMap<String, Integer>> depotStock = new HashMap<>();
    private final EventBuilder builder;

    EngineerEvents(final EventBuilder builder)
    {
        this.builder = builder;
    }

    SortedMap<String, Integer> depotStock(final String depotId)
    {
        return depotStock.getOrDefault(depotId, Stock.empty());
    }

    void depotStock(final String depotId, final SortedMap<String, Integer> stock)
    {
        depotStock.put(depotId, stock);
    }

    /** Engineers' status, location time and van stock, and depot stock, as live state holds them (a snapshot's). */
    void seed(final java.util.Collection<dev.kairos.solver.state.Engineer> live,
        final java.util.Collection<dev.kairos.solver.state.Depot> depots)
    {
        for (final dev.kairos.solver.state.Engineer engineer : live)
        {
            engineers.put(engineer.id(), new EngineerFacts(engineer.status(), engineer.locationAt(), engineer.spec().stock()));
        }
        depots.forEach(depot -> depotStock.put(depot.id(), depot.stock()));
    }

    EngineerFacts facts(final String engineerId)
    {
        return engineers.get(engineerId);
    }

    void put(final PutEngineer c, final long position, final List<Event> events)
    {
        final EngineerFacts old = engineers.get(c.engineerId());
        final SortedMap<String, Integer> stockBefore = old == null ? Stock.empty() : old.stock;
        final EngineerFacts engineer;
        if (old == null)
        {
            final boolean onShift = c.spec().shift().start() <= c.at() && c.at() < c.spec().shift().end();
            engineer = new EngineerFacts(onShift ? EngineerStatus.AVAILABLE : EngineerStatus.OFF_SHIFT, c.at(), c.spec().stock());
            engineers.put(c.engineerId(), engineer);
        }
        else
        {
            // A replaced profile keeps the live part: status and location.
            engineer = old;
            engineer.stock = c.spec().stock();
        }
        events.add(builder.start(ENGINEER_UPDATED, c.at(), position).engineer(c.engineerId())
            .put("name", c.spec().name())
            .put("status", engineer.status)
            .put("created", old == null)
            .build());
        if (!stockBefore.equals(engineer.stock))
        {
            events.add(builder.start(STOCK_CHANGED, c.at(), position).engineer(c.engineerId()).put("stock", engineer.stock).build());
        }
    }

    void depot(final PutDepot c, final long position, final List<Event> events)
    {
        final SortedMap<String, Integer> before = depotStock.getOrDefault(c.depotId(), Stock.empty());
        depotStock.put(c.depotId(), c.stock());
        if (!before.equals(c.stock()))
        {
            events.add(builder.start(STOCK_CHANGED, c.at(), position).depot(c.depotId()).put("stock", c.stock()).build());
        }
    }

    /** A ping moves the engineer unless it was measured before the latest one. */
    void ping(final EngineerLocation c, final long position, final List<Event> events)
    {
        final EngineerFacts engineer = engineers.get(c.engineerId());
        if (engineer != null && c.measuredAt() >= engineer.locationAt)
        {
            moved(engineer, c.engineerId(), c.location(), c.measuredAt(), c.at(), position, events);
        }
    }

    void status(final String engineerId, final EngineerStatus status, final long at, final long position, final List<Event> events)
    {
        final EngineerFacts engineer = engineers.get(engineerId);
        if (engineer == null || engineer.status == status)
        {
            return;
        }
        final EngineerStatus previous = engineer.status;
        engineer.status = status;
        events.add(builder.start(ENGINEER_STATUS, at, position).engineer(engineerId)
            .put("status", status)
            .put("previous", previous)
            .build());
    }

    /** What a field-flow step means for the engineer doing it: parts used, a status, a check-in's location. */
    void step(final TicketProgress step, final String engineerId, final String region, final long position, final List<Event> events)
    {
        final EngineerFacts engineer = engineerId == null ? null : engineers.get(engineerId);
        if (engineer == null)
        {
            return;
        }
        final long at = step.at();
        if (step.to() == TicketStatus.COMPLETED && step.partsUsed() != null && !step.partsUsed().isEmpty())
        {
            final TreeMap<String, Integer> stock = new TreeMap<>(engineer.stock);
            step.partsUsed().forEach((sku, quantity) -> stock.computeIfPresent(sku, (key, have) -> Math.max(0, have - quantity)));
            if (!stock.equals(engineer.stock))
            {
                engineer.stock = Stock.of(stock);
                events.add(builder.start(STOCK_CHANGED, at, position).ticket(step.ticketId(), region).engineer(engineerId)
                    .put("stock", engineer.stock)
                    .put("used", step.partsUsed())
                    .build());
            }
        }
        final EngineerStatus status = switch (step.to())
        {
            case EN_ROUTE -> EngineerStatus.EN_ROUTE;
            case ON_SITE -> EngineerStatus.ON_SITE;
            case WAITING_CUSTOMER, WAITING_PARTS, COMPLETED -> EngineerStatus.AVAILABLE;
            default -> null;
        };
        if (status != null)
        {
            status(engineerId, status, at, position, events);
        }
        if (step.location() != null)
        {
            moved(engineer, engineerId, step.location(), at, at, position, events);
        }
    }

    private void moved(final EngineerFacts engineer, final String engineerId, final Location location, final long measuredAt,
        final long at, final long position, final List<Event> events)
    {
        engineer.locationAt = measuredAt;
        events.add(builder.start(ENGINEER_LOCATION, at, position).engineer(engineerId)
            .put("location", location)
            .put("measuredAt", Instant.ofEpochMilli(measuredAt).toString())
            .build());
    }
}
