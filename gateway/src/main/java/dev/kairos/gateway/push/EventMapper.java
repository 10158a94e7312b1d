package dev.kairos.gateway.push;

import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.ChangeEngineerStatus;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.DeleteSlaPolicy;
import dev.kairos.solver.command.DispatchVisit;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.FireSla;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.PlanUpdate;
import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.command.PutCalendar;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.command.PutWebhook;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.command.WebhookDelivered;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import static dev.kairos.gateway.push.EventType.*;

/**
 * Turns journal records into events: {@code (command, effects, position)} → zero or more events,
 * always the same ones for the same journal (byte for byte). It reads nothing but the records; to
 * tell what a record changed it remembers a little of what earlier ones said (route orders, ticket
 * status and region, engineer status, location time and stock), updated by the same rules the live
 * state applies.
 * <p>
 * A record's events come in this order: the command's own (ticket created, updated, status step,
 * cancelled, dispatched; engineer and stock changes), then per ticket the plan's moves
 * ({@code plan.assigned}, {@code plan.unassigned}), then one {@code plan.changed} per route the
 * record replanned. The switch is exhaustive over the sealed {@link Command}: a new command is a
 * compile error here until someone decides which events it makes.
 * <p>
 * Single-threaded: one mapper per reading thread (the tail, or a catch-up scan).
 */
final class EventMapper
{
    private static final Logger LOG = LoggerFactory.getLogger(EventMapper.class);
    /** What the live plan says of a ticket taken off its route and not placed again (state/Plan). */
    static final String TAKEN_OFF = "taken off its route; waiting for a better place";
    /** Where the events of remembered records go: nowhere. */
    private static final List<Event> DISCARD = new AbstractList<>()
    {
        @Override
        public boolean add(final Event event)
        {
            return true;
        }

        @Override
        public Event get(final int index)
        {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size()
        {
            return 0;
        }
    };

    private final Map<String, TicketFacts> tickets = new HashMap<>();
    private final Map<String, EngineerFacts> engineers = new HashMap<>();
    private final Map<String, SortedMap<String, Integer>> depotStock = new HashMap<>();
    private final RouteBook routes = new RouteBook();
    private final EventBuilder builder = new EventBuilder();

    /**
     * As {@link #map}, but a record the mapper fails on (a bug, never valid input) is logged and makes
     * no events rather than stopping the stream; the tail and catch-up scans skip it alike.
     */
    List<Event> eventsOf(final Command command, final Effects effects, final long position)
    {
        try
        {
            return map(command, effects, position);
        }
        catch (final RuntimeException ex)
        {
            LOG.error("no events for the record at position {} ({})", position, command.getClass().getSimpleName(), ex);
            return List.of();
        }
    }

    /**
     * Takes in a record without making its events: what later records mean still depends on it, but
     * its own events are not wanted (before a resume point). Three times faster than {@link #map},
     * which spends most of its time rendering JSON. Failures as in {@link #eventsOf}.
     */
    void remember(final Command command, final Effects effects, final long position)
    {
        builder.quiet(true);
        try
        {
            apply(command, effects, position, DISCARD);
        }
        catch (final RuntimeException ex)
        {
            LOG.error("could not take in the record at position {} ({})", position, command.getClass().getSimpleName(), ex);
        }
        finally
        {
            builder.quiet(false);
        }
    }

    List<Event> map(final Command command, final Effects effects, final long position)
    {
        final List<Event> events = new ArrayList<>(4);
        apply(command, effects, position, events);
        return events;
    }

    private void apply(final Command command, final Effects effects, final long position, final List<Event> events)
    {
        final long at = command.at();
        switch (command)
        {
            case CreateTicket c ->
            {
                final String ticketId = effects.ticketId();
                final TicketSpec spec = c.spec();
                tickets.put(ticketId, new TicketFacts(TicketStatus.NEW, spec.region()));
                events.add(ticketEvent(TICKET_CREATED, at, position, ticketId)
                    .put("externalId", spec.externalId())
                    .put("title", spec.title())
                    .put("priority", spec.priority())
                    .put("tier", spec.tier())
                    .put("location", spec.location())
                    .build());
            }
            case UpdateTicket c ->
            {
                if (c.patch().region() != null)
                {
                    ticket(c.ticketId()).region = c.patch().region();
                }
                events.add(ticketEvent(TICKET_UPDATED, at, position, c.ticketId()).put("fields", PatchFields.of(c.patch())).build());
            }
            case CancelTicket c ->
            {
                ticket(c.ticketId()).status = TicketStatus.CANCELLED;
                events.add(ticketEvent(TICKET_CANCELLED, at, position, c.ticketId()).put("reason", c.reason()).build());
            }
            case PinTicket c -> events.add(ticketEvent(TICKET_UPDATED, at, position, c.ticketId())
                .put("fields", List.of("pinnedTo"))
                .put("pinnedTo", c.engineerId())
                .build());
            case TicketProgress c -> progress(c, position, events);
            case DispatchVisit c ->
            {
                ticket(c.ticketId()).status = TicketStatus.DISPATCHED;
                events.add(ticketEvent(PLAN_DISPATCHED, at, position, c.ticketId()).engineer(c.engineerId()).build());
            }
            case PutEngineer c -> putEngineer(c, position, events);
            case PutDepot c ->
            {
                final SortedMap<String, Integer> before = depotStock.getOrDefault(c.depotId(), Stock.empty());
                depotStock.put(c.depotId(), c.stock());
                if (!before.equals(c.stock()))
                {
                    events.add(builder.start(STOCK_CHANGED, at, position).depot(c.depotId()).put("stock", c.stock()).build());
                }
            }
            case EngineerLocation c ->
            {
                final EngineerFacts engineer = engineers.get(c.engineerId());
                if (engineer != null && c.measuredAt() >= engineer.locationAt)
                {
                    engineer.locationAt = c.measuredAt();
                    events.add(builder.start(ENGINEER_LOCATION, at, position).engineer(c.engineerId())
                        .put("location", c.location())
                        .put("measuredAt", java.time.Instant.ofEpochMilli(c.measuredAt()).toString())
                        .build());
                }
            }
            case ChangeEngineerStatus c -> engineerStatus(c.engineerId(), c.status(), at, position, events);
            case PlanUpdate c ->
            {
                // Its routes travel as effects too; the plan events below say what they changed.
            }
            case PutApiKey c ->
            {
                // Keys are not news for subscribers, and not even their hashes leave the server.
            }
            case PutWebhook c ->
            {
                // Webhooks are the push side's own business (and carry a secret); not events.
            }
            case PutSlaPolicy c ->
            {
                // SLA configuration is not news for subscribers; its effect shows in the firings.
            }
            case DeleteSlaPolicy c ->
            {
                // As above.
            }
            case PutCalendar c ->
            {
                // As above.
            }
            case FireSla c -> events.add(SlaEvents.describe(
                ticketEvent(SlaEvents.type(c.moment()), at, position, c.ticketId()), c.moment()).build());
            case WebhookDelivered c ->
            {
                // Delivery progress: the webhooks read it from the journal themselves.
            }
        }
        plan(effects, at, position, events);
    }

    private void putEngineer(final PutEngineer c, final long position, final List<Event> events)
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

    /** A field-flow step, and what it means for the engineer doing it (as state/TicketFlow applies it). */
    private void progress(final TicketProgress step, final long position, final List<Event> events)
    {
        final long at = step.at();
        final String ticketId = step.ticketId();
        final String engineerId = routes.engineerOf(ticketId);
        ticket(ticketId).status = step.to();
        events.add(ticketEvent(TICKET_STATUS, at, position, ticketId).engineer(engineerId).put("status", step.to()).build());
        final EngineerFacts engineer = engineerId == null ? null : engineers.get(engineerId);
        if (engineer == null)
        {
            return;
        }
        if (step.to() == TicketStatus.COMPLETED && step.partsUsed() != null && !step.partsUsed().isEmpty())
        {
            final TreeMap<String, Integer> stock = new TreeMap<>(engineer.stock);
            step.partsUsed().forEach((sku, quantity) -> stock.computeIfPresent(sku, (key, have) -> Math.max(0, have - quantity)));
            if (!stock.equals(engineer.stock))
            {
                engineer.stock = Stock.of(stock);
                events.add(ticketEvent(STOCK_CHANGED, at, position, ticketId).engineer(engineerId)
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
            engineerStatus(engineerId, status, at, position, events);
        }
        if (step.location() != null)
        {
            engineer.locationAt = at;
            events.add(builder.start(ENGINEER_LOCATION, at, position).engineer(engineerId)
                .put("location", step.location())
                .put("measuredAt", java.time.Instant.ofEpochMilli(at).toString())
                .build());
        }
    }

    private void engineerStatus(
        final String engineerId, final EngineerStatus status, final long at, final long position, final List<Event> events)
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

    /** The plan's side of a record's effects: tickets that joined or left routes, replanned routes. */
    private void plan(final Effects effects, final long at, final long position, final List<Event> events)
    {
        final RouteBook.Change change = routes.apply(effects.routes(), tickets);
        final String reason = effects.unassignedReason();
        boolean reasonTold = false;
        for (final Map.Entry<String, String> touched : change.engineerBefore().entrySet())
        {
            final String id = touched.getKey();
            final String before = touched.getValue();
            final String after = routes.engineerOf(id);
            if (Objects.equals(before, after))
            {
                continue;
            }
            if (after != null)
            {
                events.add(ticketEvent(PLAN_ASSIGNED, at, position, id).engineer(after).previousEngineer(before).build());
            }
            else if (ticket(id).status == TicketStatus.NEW)
            {
                final boolean ours = id.equals(effects.ticketId()) && reason != null;
                reasonTold |= ours;
                events.add(ticketEvent(PLAN_UNASSIGNED, at, position, id).previousEngineer(before)
                    .put("reason", ours ? reason : TAKEN_OFF).build());
            }
        }
        if (reason != null && !reasonTold)
        {
            events.add(ticketEvent(PLAN_UNASSIGNED, at, position, effects.ticketId()).put("reason", reason).build());
        }
        for (final String engineerId : change.changedRoutes())
        {
            events.add(builder.start(PLAN_CHANGED, at, position).engineer(engineerId)
                .put("ticketIds", routes.order(engineerId)).build());
        }
    }

    /** What the mapper remembers of an engineer's route, a ticket's status and an engineer: for tests to hold against live state. */
    List<String> routeOf(final String engineerId)
    {
        return routes.order(engineerId);
    }

    TicketStatus statusOf(final String ticketId)
    {
        final TicketFacts ticket = tickets.get(ticketId);
        return ticket == null ? null : ticket.status;
    }

    EngineerFacts engineerFacts(final String engineerId)
    {
        return engineers.get(engineerId);
    }

    private EventBuilder ticketEvent(final EventType type, final long at, final long position, final String ticketId)
    {
        return builder.start(type, at, position).ticket(ticketId, ticket(ticketId).region);
    }

    /** Never null: a ticket the mapper has not seen (impossible in a sound journal) gets blank facts rather than a crash. */
    private TicketFacts ticket(final String ticketId)
    {
        return tickets.computeIfAbsent(ticketId, id -> new TicketFacts(TicketStatus.NEW, null));
    }
}
