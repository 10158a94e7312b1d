package dev.kairos.gateway.push;

import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.CityGenerator;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.city.TicketStream;
import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.DeleteSlaPolicy;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.sla.BusinessCalendar;
import dev.kairos.solver.sla.ClockKind;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.EscalationStep;
import dev.kairos.solver.sla.PolicyMatch;
import dev.kairos.solver.sla.PolicySpec;
import dev.kairos.solver.sla.Reopen;
import dev.kairos.solver.command.ChangeEngineerStatus;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.PlanUpdate;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.command.TicketPatch;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A seeded day on a real engine: a generated city, tickets arriving, pings, edits, cancellations,
 * the whole field flow, pins, hand-made optimiser plans (reorders, moves, drops), status and stock
 * changes, SLA policies that raise priorities and force dispatches (one re-applied, one deleted
 * during the day), with the clock moving so visits get dispatched and SLA moments fire. Every kind of command, many of them
 * refused; what is accepted ends up in the journal.
 */
final class EngineWorkload
{
    static final long DAY = Instant.parse("2026-11-23T07:00:00Z").toEpochMilli();

    private final EngineHost engine;
    private final AtomicLong clock;
    private final Random random;
    private final City city;
    private final TicketStream tickets;

    EngineWorkload(final EngineHost engine, final AtomicLong clock, final long seed)
    {
        this.engine = engine;
        this.clock = clock;
        this.random = new Random(seed);
        this.city = new CityGenerator(new CityProfile(seed, new Location(51.5072, -0.1276), 8, 2, 6, 3, 60)).build(DAY);
        this.tickets = new TicketStream(city, seed);
    }

    void run(final int steps)
    {
        city.depots().forEach(engine::call);
        city.engineers().forEach(engine::call);
        engine.call(policy(DAY, "quick", PolicyMatch.ANY, 5, false));
        engine.call(policy(DAY, "urgent", new PolicyMatch(List.of(Priority.P1, Priority.P2), List.of(), List.of()), 1, false));
        for (int i = 0; i < steps; i++)
        {
            clock.addAndGet(random.nextInt(90_000));
            final Command command = i == steps / 3 ? policy(clock.get(), "quick", PolicyMatch.ANY, 4, true)
                : i == steps / 2 ? new DeleteSlaPolicy(clock.get(), "urgent") : next(clock.get());
            if (command != null)
            {
                engine.call(command);
            }
        }
    }

    /**
     * A policy short enough to act within the day: reminders, a raised priority at half the
     * resolution target, a forced dispatch soon after, a notice at the response breach and a page
     * every twenty minutes past the resolution breach.
     */
    private static PutSlaPolicy policy(final long at, final String id, final PolicyMatch match, final int rank, final boolean reapply)
    {
        final long minute = 60_000;
        return new PutSlaPolicy(at, id, new PolicySpec(id, match, rank, (rank + 25) * minute, TicketStatus.ACCEPTED,
            (rank + 80) * minute, BusinessCalendar.ALWAYS.name(), List.of(50, 75), PolicySpec.DEFAULT_PAUSE_ON, List.of(
                new EscalationStep(ClockKind.RESOLUTION, 50, 0, EscalationAction.RAISE_PRIORITY, EscalationStep.NO_REPEAT, null),
                new EscalationStep(ClockKind.RESOLUTION, 60, 0, EscalationAction.FORCE_DISPATCH, EscalationStep.NO_REPEAT, null),
                new EscalationStep(ClockKind.RESPONSE, EscalationStep.BREACH, 0, EscalationAction.NOTIFY, EscalationStep.NO_REPEAT,
                    "dispatch desk"),
                new EscalationStep(ClockKind.RESOLUTION, EscalationStep.BREACH, 0, EscalationAction.PAGE_SUPERVISOR,
                    20 * minute, "supervisor")), Reopen.RESUME), reapply);
    }

    private Command next(final long now)
    {
        final int kind = random.nextInt(100);
        if (kind < 25)
        {
            return tickets.next(now);
        }
        if (kind < 40)
        {
            final String engineerId = engineer();
            final Location at = engine.ask(state -> state.engineer(engineerId).location());
            // Now and then an older measurement: journaled, but it must not move the engineer.
            final long measuredAt = now - (random.nextInt(10) == 0 ? 3_600_000 : 0);
            return new EngineerLocation(now, engineerId, new Location(at.lat() + 0.001, at.lon() - 0.001), measuredAt);
        }
        if (kind < 48)
        {
            return open(ticket -> new UpdateTicket(now, ticket.id(), new TicketPatch(null, pick(Priority.values()), null,
                random.nextBoolean() ? "north" : null, null, null, null, null, 30 + random.nextInt(60), null, TicketSpec.NO_TIME)));
        }
        if (kind < 52)
        {
            return open(ticket -> new CancelTicket(now, ticket.id(), random.nextBoolean() ? "customer called off" : null));
        }
        if (kind < 72)
        {
            return progress(now);
        }
        if (kind < 77)
        {
            final String engineerId = engineer();
            return open(ticket -> new PinTicket(now, ticket.id(), random.nextBoolean() ? engineerId : null));
        }
        if (kind < 87)
        {
            return planUpdate(now);
        }
        if (kind < 92)
        {
            return new ChangeEngineerStatus(now, engineer(), pick(EngineerStatus.values()));
        }
        final PutEngineer put = city.engineers().get(random.nextInt(city.engineers().size()));
        final EngineerSpec spec = put.spec();
        final TreeMap<String, Integer> stock = new TreeMap<>(spec.stock());
        stock.put("filter", random.nextInt(5));
        return new PutEngineer(now, put.engineerId(), new EngineerSpec(spec.name(), spec.home(), spec.skills(), spec.tools(),
            spec.shift(), stock, spec.capacity()));
    }

    /** The next field-flow step of some ticket that has one. */
    private Command progress(final long now)
    {
        final List<Ticket> moving = engine.ask(state -> state.tickets().stream()
            .filter(t -> t.status().compareTo(TicketStatus.DISPATCHED) >= 0 && t.status() != TicketStatus.CANCELLED)
            .sorted(java.util.Comparator.comparing(Ticket::id)).toList());
        if (moving.isEmpty())
        {
            return null;
        }
        final Ticket ticket = moving.get(random.nextInt(moving.size()));
        return switch (ticket.status())
        {
            case DISPATCHED -> step(now, ticket, random.nextBoolean() ? TicketStatus.ACCEPTED : TicketStatus.EN_ROUTE, null);
            case ACCEPTED, EN_ROUTE -> step(now, ticket, TicketStatus.ON_SITE, ticket.spec().location());
            case ON_SITE -> random.nextInt(4) == 0 ? step(now, ticket, TicketStatus.WAITING_PARTS, null)
                : new TicketProgress(now, ticket.id(), TicketStatus.COMPLETED, null, "done", ticket.spec().parts());
            default -> step(now, ticket, TicketStatus.NEW, null);
        };
    }

    private static TicketProgress step(final long now, final Ticket ticket, final TicketStatus to, final Location location)
    {
        return new TicketProgress(now, ticket.id(), to, location, null, null);
    }

    /** What the optimiser might propose: reverse a route's open part, move a visit to a colleague, or drop one. */
    private Command planUpdate(final long now)
    {
        final List<Route> routes = engine.ask(state -> state.plan().routes().stream()
            .filter(r -> r.stops().size() > r.pinned()).sorted(java.util.Comparator.comparing(Route::engineerId)).toList());
        if (routes.isEmpty())
        {
            return null;
        }
        final Route from = routes.get(random.nextInt(routes.size()));
        final List<String> order = new ArrayList<>(from.ticketIds());
        final List<String> open = order.subList(from.pinned(), order.size());
        final Map<String, Long> basedOn = new HashMap<>(Map.of(from.engineerId(), from.version()));
        final int choice = random.nextInt(3);
        if (choice == 0)
        {
            Collections.reverse(open);
            return new PlanUpdate(now, List.of(new RoutePlan(from.engineerId(), order)), basedOn);
        }
        final String moved = open.remove(random.nextInt(open.size()));
        if (choice == 1)
        {
            return new PlanUpdate(now, List.of(new RoutePlan(from.engineerId(), order)), basedOn);
        }
        final String toId = engineer();
        if (toId.equals(from.engineerId()))
        {
            return null;
        }
        final Route to = engine.ask(state -> state.route(toId));
        final List<String> target = new ArrayList<>(to.ticketIds());
        target.add(moved);
        basedOn.put(toId, to.version());
        return new PlanUpdate(now, List.of(new RoutePlan(toId, target), new RoutePlan(from.engineerId(), order)), basedOn);
    }

    private Command open(final java.util.function.Function<Ticket, Command> make)
    {
        final List<Ticket> open = engine.ask(state -> state.tickets().stream()
            .filter(t -> !t.status().isClosed()).sorted(java.util.Comparator.comparing(Ticket::id)).toList());
        return open.isEmpty() ? null : make.apply(open.get(random.nextInt(open.size())));
    }

    private String engineer()
    {
        return city.engineers().get(random.nextInt(city.engineers().size())).engineerId();
    }

    private <T> T pick(final T[] values)
    {
        return values[random.nextInt(values.length)];
    }
}
