package dev.kairos.solver.wire;

import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Role;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.domain.Tools;
import dev.kairos.solver.sla.BusinessCalendar;
import dev.kairos.solver.sla.CalendarSpec;
import dev.kairos.solver.sla.ClockState;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.SlaPolicy;
import dev.kairos.solver.sla.TicketSla;
import dev.kairos.solver.state.ApiKey;
import dev.kairos.solver.state.CalendarEntry;
import dev.kairos.solver.state.Closure;
import dev.kairos.solver.state.Depot;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;
import dev.kairos.solver.state.Ticket;
import dev.kairos.solver.state.TicketEvent;
import dev.kairos.solver.state.TicketTimeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.kairos.solver.wire.ValueCodec.*;

/**
 * Reads back what {@link EntityCodec} and {@link SlaCodec} write for live-state entities: the
 * snapshot's decoder. Calendars are parsed once per distinct (name, spec), not once per ticket:
 * a snapshot of a million tickets mostly repeats a handful. One instance per reading thread.
 */
public final class EntityReader
{
    private static final TicketStatus[] TICKET_STATUSES = TicketStatus.values();
    private static final EngineerStatus[] ENGINEER_STATUSES = EngineerStatus.values();
    private static final Role[] ROLES = Role.values();
    private static final EscalationAction[] ACTIONS = EscalationAction.values();
    private static final Priority[] PRIORITIES = Priority.values();

    private record CalendarKey(String name, CalendarSpec spec)
    {
    }

    private final Map<CalendarKey, BusinessCalendar> calendars = new HashMap<>();
    private final Map<SlaPolicy, SlaPolicy> policies = new HashMap<>();

    public Ticket ticket(final BinaryReader in)
    {
        final String id = in.getString();
        final var spec = CommandCodec.getTicketSpec(in).withSource(in.getString());
        final TicketStatus status = in.getEnum(TICKET_STATUSES);
        final String cancelReason = in.getString();
        final Closure closure = in.getBoolean() ? new Closure(in.getString(), in.getString(), getStock(in)) : null;
        return new Ticket(id, spec, status, cancelReason, closure, in.getLong(), in.getLong(), in.getLong());
    }

    public Engineer engineer(final BinaryReader in)
    {
        return new Engineer(in.getString(), CommandCodec.getEngineerSpec(in), getLocation(in), in.getLong(),
            in.getEnum(ENGINEER_STATUSES), in.getLong(), in.getLong(), Tools.of(getStrings(in)));
    }

    public Depot depot(final BinaryReader in)
    {
        final String id = in.getString();
        final var location = getLocation(in);
        final var stock = getStock(in);
        final var tools = Tools.of(getStrings(in));
        final long updatedAt = in.getLong();
        final long position = in.getLong();
        return new Depot(id, location, stock, tools, in.getLong(), updatedAt, position);
    }

    public Route route(final BinaryReader in)
    {
        final String engineerId = in.getString();
        final List<Stop> stops = new ArrayList<>();
        for (int i = count(in); i > 0; i--)
        {
            final String ticketId = in.getString();
            final long arrival = in.getLong();
            final long start = in.getLong();
            final long end = in.getLong();
            final String depotId = in.getString();
            stops.add(new Stop(ticketId, arrival, start, end, depotId == null ? null : new Stop.PickUp(depotId, getStock(in), Tools.of(getStrings(in)))));
        }
        return new Route(engineerId, stops, in.getInt(), in.getLong(), in.getLong(), in.getLong(), in.getLong());
    }

    public ApiKey apiKey(final BinaryReader in)
    {
        return new ApiKey(in.getString(), in.getString(), in.getString(), in.getEnum(ROLES), in.getString(), getStrings(in),
            in.getLong(), in.getLong(), in.getLong(), in.getDouble(), in.getDouble());
    }

    public dev.kairos.solver.state.IdempotentRequest idempotentRequest(final BinaryReader in)
    {
        return new dev.kairos.solver.state.IdempotentRequest(in.getString(), in.getString(), in.getLong(), in.getLong(),
            in.getBoolean(), in.getString());
    }

    public SlaPolicy policy(final BinaryReader in)
    {
        final SlaPolicy policy = new SlaPolicy(in.getString(), SlaCodec.getPolicySpec(in), in.getBoolean(), in.getLong(),
            in.getLong());
        // Tickets share their policy's record in live state; sharing it again keeps a loaded state as small.
        return policies.computeIfAbsent(policy, p -> p);
    }

    public CalendarEntry calendar(final BinaryReader in)
    {
        final String name = in.getString();
        return new CalendarEntry(name, calendarOf(in.getString(), SlaCodec.getCalendarSpec(in)), in.getBoolean(), in.getLong(),
            in.getLong());
    }

    public TicketSla ticketSla(final BinaryReader in)
    {
        final String ticketId = in.getString();
        final SlaPolicy policy = policy(in);
        final BusinessCalendar calendar = calendarOf(in.getString(), SlaCodec.getCalendarSpec(in));
        final ClockState response = clock(in);
        final ClockState resolution = clock(in);
        final List<TimeWindow> holds = new ArrayList<>();
        for (int i = count(in); i > 0; i--)
        {
            holds.add(new TimeWindow(in.getLong(), in.getLong()));
        }
        final List<Integer> escalations = new ArrayList<>();
        for (int i = count(in); i > 0; i--)
        {
            escalations.add(in.getInt());
        }
        return new TicketSla(ticketId, policy, calendar, response, resolution, holds, escalations, in.getLong(), in.getLong(),
            in.getLong(), in.getLong());
    }

    public TicketTimeline timeline(final BinaryReader in)
    {
        final String id = in.getString();
        final int size = count(in);
        final List<TicketEvent> events = new ArrayList<>(size);
        for (int i = 0; i < size; i++)
        {
            events.add(event(in));
        }
        return new TicketTimeline(id, events, getStrings(in));
    }

    private static TicketEvent event(final BinaryReader in)
    {
        final String type = in.getString();
        final long at = in.getLong();
        final long position = in.getLong();
        return switch (type)
        {
            case "ticket.created" -> new TicketEvent.Created(at, position, in.getString());
            case "ticket.updated" -> new TicketEvent.Updated(at, position);
            case "ticket.status" -> new TicketEvent.StatusChanged(at, position, in.getEnum(TICKET_STATUSES), in.getString());
            case "ticket.cancelled" -> new TicketEvent.Cancelled(at, position, in.getString());
            case "plan.assigned" -> new TicketEvent.Assigned(at, position, in.getString());
            case "plan.unassigned" -> new TicketEvent.Unassigned(at, position, in.getString());
            case "plan.dispatched" -> new TicketEvent.Dispatched(at, position, in.getString());
            case "stock.reserved", "stock.released", "stock.out", "stock.changed" ->
                new TicketEvent.StockMoved(at, position, type, in.getString(), in.getString(), getStock(in));
            default ->
            {
                if (type == null || !type.startsWith("sla."))
                {
                    throw new IllegalStateException("unknown timeline event type " + type);
                }
                yield new TicketEvent.SlaFired(at, position, SlaCodec.getMoment(in), in.getEnum(ACTIONS), in.getString(),
                    in.getEnum(PRIORITIES), in.getString());
            }
        };
    }

    private static ClockState clock(final BinaryReader in)
    {
        return new ClockState(in.getLong(), in.getLong(), in.getInt(), in.getLong());
    }

    private BusinessCalendar calendarOf(final String name, final CalendarSpec spec)
    {
        if (BusinessCalendar.ALWAYS.name().equals(name) && BusinessCalendar.ALWAYS.spec().equals(spec))
        {
            return BusinessCalendar.ALWAYS;
        }
        return calendars.computeIfAbsent(new CalendarKey(name, spec), key -> BusinessCalendar.of(key.name(), key.spec()));
    }
}
