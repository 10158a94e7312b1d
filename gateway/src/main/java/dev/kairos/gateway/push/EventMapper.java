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
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.command.WebhookDelivered;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.EscalationStep;
import dev.kairos.solver.state.SlaFiring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    private final RouteBook routes = new RouteBook();
    private final SlaMemory sla = new SlaMemory();
    private final EventBuilder builder;
    private final EngineerEvents engineers;
    private final StockEvents stock;

    EventMapper()
    {
        this(dev.kairos.gateway.http.LocationFormat.GEOGRAPHIC);
    }

    /** Locations in events as the server writes them: {lat, lon} or {x, y}. */
    EventMapper(final dev.kairos.gateway.http.LocationFormat locations)
    {
        builder = new EventBuilder(locations);
        engineers = new EngineerEvents(builder);
        stock = new StockEvents(engineers, builder);
    }

    /**
     * A mapper that knows what a live state at some journal position holds, as if it had read every
     * record up to there: for starting from a snapshot once retention has deleted the journal's
     * oldest files. The state is only read.
     */
    static EventMapper seeded(final dev.kairos.solver.state.LiveState state, final dev.kairos.gateway.http.LocationFormat locations)
    {
        final EventMapper mapper = new EventMapper(locations);
        for (final dev.kairos.solver.state.Ticket ticket : state.tickets())
        {
            mapper.tickets.put(ticket.id(), new TicketFacts(ticket.status(), ticket.spec().region(), ticket.spec().priority()));
        }
        mapper.routes.seed(state.plan().routes());
        mapper.sla.seed(state.sla());
        mapper.engineers.seed(state.engineers(), state.depots());
        mapper.stock.seed(state.stock().reservations());
        return mapper;
    }

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
     * its own events are not wanted (before a resume point): no event objects, and so nothing to
     * render later. Failures as in {@link #eventsOf}.
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
        String dispatched = null;
        switch (command)
        {
            case CreateTicket c ->
            {
                final String ticketId = effects.ticketId();
                final TicketSpec spec = c.spec();
                tickets.put(ticketId, new TicketFacts(TicketStatus.NEW, spec.region(), spec.priority()));
                sla.open(ticketId, spec);
                events.add(ticketEvent(TICKET_CREATED, at, position, ticketId)
                    .put("externalId", spec.externalId())
                    .put("title", spec.title())
                    .put("priority", spec.priority())
                    .put("tier", spec.tier())
                    .put("location", spec.location())
                    .put("pinnedTo", c.engineerId())
                    .build());
            }
            case UpdateTicket c ->
            {
                final TicketFacts ticket = ticket(c.ticketId());
                ticket.region = c.patch().region() != null ? c.patch().region() : ticket.region;
                ticket.priority = c.patch().priority() != null ? c.patch().priority() : ticket.priority;
                events.add(ticketEvent(TICKET_UPDATED, at, position, c.ticketId()).put("fields", PatchFields.of(c.patch())).build());
                if (c.reserve() != null)
                {
                    stock.rereserve(c, ticket.region, position, events);
                }
            }
            case CancelTicket c ->
            {
                ticket(c.ticketId()).status = TicketStatus.CANCELLED;
                events.add(ticketEvent(TICKET_CANCELLED, at, position, c.ticketId()).put("reason", c.reason()).build());
                stock.cancel(c, ticket(c.ticketId()).region, position, events);
            }
            case PinTicket c -> events.add(ticketEvent(TICKET_UPDATED, at, position, c.ticketId())
                .put("fields", List.of("pinnedTo"))
                .put("pinnedTo", c.engineerId())
                .build());
            case TicketProgress c -> progress(c, position, events);
            case DispatchVisit c ->
            {
                ticket(c.ticketId()).status = TicketStatus.DISPATCHED;
                dispatched = c.ticketId();
            }
            case PutEngineer c -> engineers.put(c, position, events);
            case PutDepot c -> engineers.depot(c, position, events);
            case EngineerLocation c -> engineers.ping(c, position, events);
            case ChangeEngineerStatus c -> engineers.status(c.engineerId(), c.status(), at, position, events);
            case PlanUpdate c ->
            {
                // Its routes travel as effects too; the plan events below say what they changed.
            }
            case dev.kairos.solver.command.RevokeApiKey c ->
            {
                // As keys themselves: not events.
            }
            case dev.kairos.solver.command.SetKeyLimits c ->
            {
                // Nor their limits.
            }
            case PutApiKey c ->
            {
                // Keys are not news for subscribers, and not even their hashes leave the server.
            }
            case PutWebhook c ->
            {
                // Webhooks are the push side's own business (and carry a secret); not events.
            }
            // SLA configuration is not news for subscribers; its effect shows in the firings.
            case PutSlaPolicy c -> sla.put(c, position, tickets);
            case DeleteSlaPolicy c -> sla.delete(c.policyId());
            case PutCalendar c ->
            {
                // Calendars only move deadlines, which the firings report.
            }
            case FireSla c -> dispatched = fire(c, effects, position, events);
            case WebhookDelivered c ->
            {
                // Delivery progress: the webhooks read it from the journal themselves.
            }
            case dev.kairos.solver.command.SetArea c ->
            {
                // Fixed before anything located exists: not news for subscribers.
            }
            case dev.kairos.solver.command.WebhookFailed c -> events.add(builder.start(EventType.WEBHOOK_FAILED, at, position)
                .put("webhookId", c.webhookId()).put("event", c.event()).put("eventPosition", c.eventPosition())
                .put("delivery", c.delivery()).put("attempts", c.attempts()).put("lastError", c.lastError()).build());
            case dev.kairos.solver.command.SetVanStock c -> stock.setVan(c, position, events);
            case dev.kairos.solver.command.TransferStock c -> stock.transfer(c, position, events);
            case dev.kairos.solver.command.RestockDepot c -> stock.restock(c, position, events);
            case dev.kairos.solver.command.ReserveParts c -> stock.reserve(c, ticket(c.ticketId()).region, position, events);
        }
        plan(effects, dispatched, at, position, events);
    }

    /** A firing's event, and what its escalation step did to the ticket (as state/SlaFiring applies it); the ticket if dispatched. */
    private String fire(final FireSla fire, final Effects effects, final long position, final List<Event> events)
    {
        final String ticketId = fire.ticketId();
        final TicketFacts ticket = ticket(ticketId);
        final EscalationStep step = sla.step(fire);
        final EscalationAction action = step == null ? null : step.action();
        if (action == EscalationAction.RAISE_PRIORITY)
        {
            ticket.priority = SlaFiring.raised(ticket.priority);
        }
        final String listedOn = routeListing(effects, ticketId);
        final boolean forced = action == EscalationAction.FORCE_DISPATCH && listedOn != null
            && ticket.status.compareTo(TicketStatus.PLANNED) <= 0;
        if (forced)
        {
            // Dispatched before the routes are installed, so it never passes through PLANNED.
            ticket.status = TicketStatus.DISPATCHED;
        }
        final EventBuilder event = ticketEvent(SlaEvents.type(fire.moment()), fire.at(), position, ticketId);
        if (action == EscalationAction.FORCE_DISPATCH && ticket.status == TicketStatus.DISPATCHED)
        {
            event.engineer(listedOn != null ? listedOn : routes.engineerOf(ticketId));
        }
        events.add(SlaEvents.describe(event, fire.moment(), step,
            action == EscalationAction.RAISE_PRIORITY ? ticket.priority : null).build());
        return forced ? ticketId : null;
    }

    private static String routeListing(final Effects effects, final String ticketId)
    {
        for (final RoutePlan route : effects.routes())
        {
            if (route.ticketIds().contains(ticketId))
            {
                return route.engineerId();
            }
        }
        return null;
    }

    /** A field-flow step: the ticket's status, then what it means for the engineer doing it. */
    private void progress(final TicketProgress step, final long position, final List<Event> events)
    {
        final String ticketId = step.ticketId();
        final String engineerId = routes.engineerOf(ticketId);
        final TicketFacts ticket = ticket(ticketId);
        ticket.status = step.to();
        events.add(ticketEvent(TICKET_STATUS, step.at(), position, ticketId).engineer(engineerId).put("status", step.to()).build());
        engineers.step(step, engineerId, ticket.region, position, events);
        stock.step(step, ticket.region, position, events);
    }

    /** The plan's side of a record: tickets that joined or left routes, a dispatch, replanned routes. */
    private void plan(final Effects effects, final String dispatched, final long at, final long position, final List<Event> events)
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
        if (dispatched != null)
        {
            events.add(ticketEvent(PLAN_DISPATCHED, at, position, dispatched).engineer(routes.engineerOf(dispatched)).build());
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

    String policyOf(final String ticketId)
    {
        return sla.policyOf(ticketId);
    }

    TicketStatus statusOf(final String ticketId)
    {
        final TicketFacts ticket = tickets.get(ticketId);
        return ticket == null ? null : ticket.status;
    }

    EngineerFacts engineerFacts(final String engineerId)
    {
        return engineers.facts(engineerId);
    }

    private EventBuilder ticketEvent(final EventType type, final long at, final long position, final String ticketId)
    {
        return builder.start(type, at, position).ticket(ticketId, ticket(ticketId).region);
    }

    /** Never null: a ticket the mapper has not seen (impossible in a sound journal) gets blank facts rather than a crash. */
    private TicketFacts ticket(final String ticketId)
    {
        return tickets.computeIfAbsent(ticketId, id -> new TicketFacts(TicketStatus.NEW, null, null));
    }
}
