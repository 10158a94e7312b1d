package dev.kairos.solver.state;

import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.ChangeEngineerStatus;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.DispatchVisit;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.PlanUpdate;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.command.Envelope;
import dev.kairos.solver.command.RevokeApiKey;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.command.DeleteSlaPolicy;
import dev.kairos.solver.command.FireSla;
import dev.kairos.solver.command.PutCalendar;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.sla.TicketSla;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.domain.Area;
import dev.kairos.solver.planning.GreatCircleTravel;
import dev.kairos.solver.planning.PickUps;
import dev.kairos.solver.planning.PlanarTravel;
import dev.kairos.solver.planning.TravelTimes;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live picture. Owned by the engine thread: only it calls {@link #apply}; queries it runs may
 * return the immutable entity records to other threads.
 * <p>
 * {@code apply} is a pure function of the state and the journaled record (command, effects,
 * position), so replaying the journal rebuilds exactly this state.
 */
public final class LiveState
{
    private final ByTicketId<Ticket> tickets = new ByTicketId<>();
    private final ExternalIds externalIds = new ExternalIds();
    private final Map<String, Engineer> engineers = new HashMap<>();
    private final Map<String, Depot> depots = new HashMap<>();
    private final Map<String, ApiKey> apiKeys = new HashMap<>();
    private final KeyDirectory keyDirectory = new KeyDirectory();
    private final Plan plan = new Plan();
    private final WebhookBook webhooks = new WebhookBook();
    private Area area = Area.GEOGRAPHIC;
    private TravelTimes travel = GreatCircleTravel.URBAN;
    private long position;
    private long time = Long.MIN_VALUE;
    private long ticketsCreated;
    private final SlaBook sla = new SlaBook();
    private final Timeline timeline = new Timeline();
    private final PlanningSpecs planningSpecs = new PlanningSpecs();
    private final Idempotency idempotency = new Idempotency();
    private String actor;
    private final StockLedger stock = new StockLedger();
    private final DepotAvailability depotAvailability = new DepotAvailability();
    /** Applies pings ({@link EngineerFlow#move}); holds only the ping being applied. */
    final EngineerFlow.Move move = new EngineerFlow.Move();
    /** {@link History#before}'s tickets touched by the record being applied; emptied for each record. */
    final History.Engineers touched = new History.Engineers(8);

    public TravelTimes travel()
    {
        return travel;
    }

    /** The coordinate system locations are in: geographic until a {@code SetArea} says otherwise. */
    public Area area()
    {
        return area;
    }

    /** Applies a {@code SetArea}, or restores a snapshot's area. Engine thread only. */
    public Area area(final Area area)
    {
        this.area = area;
        this.travel = area.planar() ? new PlanarTravel(area.unitMillis()) : GreatCircleTravel.URBAN;
        return area;
    }

    /** Webhook registrations and how far each receiver has acknowledged. */
    public WebhookBook webhooks()
    {
        return webhooks;
    }

    public Plan plan()
    {
        return plan;
    }

    /** An engineer's route; empty when they have none. */
    public Route route(final String engineerId)
    {
        return plan.route(engineerId);
    }

    /** Journal position of the last applied record; 0 when empty. */
    public long position()
    {
        return position;
    }

    /** Engine time: the latest {@code at} of an applied command. */
    public long time()
    {
        return time;
    }

    public long ticketsCreated()
    {
        return ticketsCreated;
    }

    /** The id the next created ticket gets; an engine decision, journaled in its effects. */
    public String nextTicketId()
    {
        return "T-" + (ticketsCreated + 1);
    }

    public Ticket ticket(final String id)
    {
        return tickets.get(id);
    }

    public Ticket ticket(final String source, final String externalId)
    {
        return tickets.get(externalIds.find(source, externalId));
    }

    public Engineer engineer(final String id)
    {
        return engineers.get(id);
    }

    public Depot depot(final String id)
    {
        return depots.get(id);
    }

    public ApiKey apiKey(final String id)
    {
        return apiKeys.get(id);
    }

    public Collection<Ticket> tickets()
    {
        return tickets.values();
    }

    public Collection<Engineer> engineers()
    {
        return engineers.values();
    }

    public Collection<Depot> depots()
    {
        return depots.values();
    }

    public Collection<ApiKey> apiKeys()
    {
        return apiKeys.values();
    }

    /** Policies, calendars and every ticket's SLA clocks. */
    public SlaBook sla()
    {
        return sla;
    }

    /** Parts reserved for dispatched visits; on-hand stock is in the engineers' and depots' records. */
    public StockLedger stock()
    {
        return stock;
    }

    /** Every depot with what it can still give, cached ({@link DepotAvailability}). Engine thread only. */
    public List<PickUps.DepotStock> depotStock()
    {
        return depotAvailability.of(this);
    }

    /** Idempotency keys of recent requests. */
    public Idempotency idempotency()
    {
        return idempotency;
    }

    /** Who sent the record being applied (an API key id), null for the engine's own; for the timeline. */
    String actor()
    {
        return actor;
    }

    /** Every ticket's timeline of events. */
    public Timeline timeline()
    {
        return timeline;
    }

    /**
     * A ticket as the planner sees it: its {@code due} is the earlier of the client's due time and
     * its SLA's planning due ({@link TicketSla#planningDue}), so the fast path and the optimiser weigh SLA lateness without
     * knowing about policies, calendars or pauses.
     */
    public TicketSpec planningSpec(final String ticketId)
    {
        return planningSpec(ticketId, tickets.get(ticketId).spec(), time);
    }

    /**
     * As {@link #planningSpec(String)} for a spec the ticket does not have yet (a new ticket, or a
     * change being planned); a new ticket gets the deadline its policy would give it at {@code now}.
     */
    public TicketSpec planningSpec(final String ticketId, final TicketSpec spec, final long now)
    {
        final TicketSla ticketSla = sla.ticket(ticketId);
        return planningSpecs.of(ticketId, spec, ticketSla != null ? ticketSla.planningDue(spec.durationMinutes()) : sla.previewDue(spec, now));
    }

    /** Published key hashes for the gateway's auth check, safe to read from any thread. */
    public KeyDirectory keyDirectory()
    {
        return keyDirectory;
    }

    /**
     * Apply a journaled command. Returns the entity the command touched (its new version), for
     * the caller's reply.
     */
    public Object apply(final Command command, final Effects effects, final long position)
    {
        return apply(command, effects, Envelope.NONE, position);
    }

    /** As {@link #apply(Command, Effects, long)}, with who sent it and under which idempotency key. */
    public Object apply(final Command command, final Effects effects, final Envelope envelope, final long position)
    {
        actor = envelope.actor();
        if (envelope.idempotencyKey() != null)
        {
            idempotency.record(envelope.actor(), envelope.idempotencyKey(), envelope.requestHash(), command.at(), position,
                NewEntities.creates(this, command), command instanceof CreateTicket ? effects.ticketId() :
                    command instanceof PutApiKey c ? c.keyId() : null);
        }
        this.position = position;
        final long at = command.at();
        time = Math.max(time, at);
        final History.Before before = History.before(this, command, effects);
        final Object entity = applyCommand(command, effects, position, at);
        plan.apply(effects.routes(), this, at, position);
        if (effects.unassignedReason() != null)
        {
            plan.markUnassigned(effects.ticketId(), effects.unassignedReason());
        }
        History.after(this, before, command, at, position);
        // After the ticket's own events, so its timeline reads: status step, then what it did to stock.
        StockFlow.after(this, command, at, position);
        return command instanceof CreateTicket || command instanceof UpdateTicket || command instanceof CancelTicket
            || command instanceof TicketProgress || command instanceof PinTicket ?
            tickets.get(((Ticket)entity).id()) : entity;
    }

    private Object applyCommand(final Command command, final Effects effects, final long position, final long at)
    {
        return switch (command)
        {
            case CreateTicket c ->
            {
                ticketsCreated++;
                plan.pin(effects.ticketId(), c.engineerId());
                yield put(new Ticket(effects.ticketId(), c.spec(), TicketStatus.NEW, null, null, c.at(), c.at(), position));
            }
            case UpdateTicket c -> put(TicketUpdates.apply(ticket(c.ticketId()), c.patch(), at, position));
            case CancelTicket c ->
            {
                final Ticket t = ticket(c.ticketId());
                plan.forget(t.id());
                yield put(new Ticket(t.id(), t.spec(), TicketStatus.CANCELLED, c.reason(), t.closure(), t.createdAt(), at, position));
            }
            case PutEngineer c -> EngineerFlow.put(this, c, position);
            case PutDepot c -> put(new Depot(c.depotId(), c.location(), c.stock(), c.tools(), c.counterMillis(), at, position));
            case EngineerLocation c -> EngineerFlow.move(this, c, position);
            case ChangeEngineerStatus c -> EngineerFlow.status(this, c, at, position);
            case PlanUpdate c -> c;
            case TicketProgress c -> TicketFlow.apply(this, c, at, position);
            case PinTicket c ->
            {
                plan.pin(c.ticketId(), c.engineerId());
                yield put(ticket(c.ticketId()).withStatus(ticket(c.ticketId()).status(), at, position));
            }
            case DispatchVisit c ->
            {
                plan.dispatch(c.engineerId());
                final Ticket t = ticket(c.ticketId());
                yield put(t.withStatus(TicketStatus.DISPATCHED, at, position));
            }
            case dev.kairos.solver.command.PutWebhook c -> webhooks.put(c, position);
            case dev.kairos.solver.command.WebhookDelivered c -> webhooks.delivered(c);
            case dev.kairos.solver.command.WebhookFailed c -> c;
            case dev.kairos.solver.command.SetArea c -> area(c.area());
            case PutApiKey c -> putKey(ApiKey.put(c, apiKeys.get(c.keyId()), at));
            case RevokeApiKey c -> putKey(apiKeys.get(c.keyId()).revoke(at));
            case dev.kairos.solver.command.SetKeyLimits c -> putKey(apiKeys.get(c.keyId()).withLimits(c.rateLimit(), c.rateBurst(), at));
            case PutSlaPolicy c -> sla.putPolicy(c, position, this);
            case DeleteSlaPolicy c -> sla.deletePolicy(c.policyId());
            case PutCalendar c -> sla.putCalendar(c, position);
            case FireSla c -> SlaFiring.apply(this, c, effects, at, position);
            case dev.kairos.solver.command.SetVanStock c -> StockFlow.setVan(this, c, position);
            case dev.kairos.solver.command.TransferStock c -> StockFlow.transfer(this, c, position);
            case dev.kairos.solver.command.RestockDepot c -> StockFlow.restock(this, c, position);
            case dev.kairos.solver.command.ReserveParts c -> StockFlow.reserve(this, c, position);
        };
    }

    /**
     * Puts an entity back exactly as it was recorded, replacing the one with its id: for loading
     * snapshots, and for tests that need a state no command sequence reaches. Engine thread only.
     */
    public void restore(final Object entity)
    {
        Restore.entity(this, entity);
    }

    ApiKey putKey(final ApiKey key)
    {
        apiKeys.put(key.id(), key);
        keyDirectory.publish(apiKeys.values());
        return key;
    }

    /** For loading snapshots: the engine's counters as they stood at the snapshot's position. Engine thread only. */
    public void restoreCounters(final long position, final long time, final long ticketsCreated)
    {
        this.position = position;
        this.time = time;
        this.ticketsCreated = ticketsCreated;
    }

    /** For loading snapshots: why an open ticket is unassigned. Engine thread only. */
    public void restoreUnassigned(final String ticketId, final String reason)
    {
        plan.markUnassigned(ticketId, reason);
    }

    /** For loading snapshots: a dispatcher's pin. Engine thread only. */
    public void restorePin(final String ticketId, final String engineerId)
    {
        plan.pin(ticketId, engineerId);
    }

    /** Moves a ticket from one status to another, and only from that one. */
    void setStatus(final String ticketId, final TicketStatus to, final TicketStatus from, final long at, final long position)
    {
        final Ticket t = tickets.get(ticketId);
        if (t != null && t.status() == from)
        {
            put(t.withStatus(to, at, position));
        }
    }

    Ticket put(final Ticket ticket)
    {
        if (tickets.put(ticket.id(), ticket) == null)
        {
            externalIds.note(ticket);
        }
        return ticket;
    }

    Depot put(final Depot depot)
    {
        depotAvailability.depotChanged();
        depots.put(depot.id(), depot);
        return depot;
    }

    /** The engineer {@code change} makes of the one with {@code id}, in its place; null if there is none. */
    Engineer replaceEngineer(final String id, final java.util.function.BiFunction<String, Engineer, Engineer> change)
    {
        return engineers.computeIfPresent(id, change);
    }

    Engineer put(final Engineer engineer)
    {
        engineers.put(engineer.id(), engineer);
        return engineer;
    }
}
