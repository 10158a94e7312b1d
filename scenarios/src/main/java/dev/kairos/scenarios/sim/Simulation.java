package dev.kairos.scenarios.sim;

import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.CityGenerator;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.city.FieldServiceSla;
import dev.kairos.scenarios.city.TicketStream;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.planning.Insertion;
import dev.kairos.solver.planning.improve.Improver;
import dev.kairos.solver.planning.improve.ImproverContext;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Ticket;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One simulated day on the real engine, with a virtual clock that only this driver moves: every
 * step it releases the tickets due, moves engineers (a dispatched visit is checked in when the
 * engineer would arrive and completed when its work is done), and, for {@link Policy#KAIROS},
 * lets the optimiser take a fixed number of reproducible rounds. The same seed gives the same KPIs.
 */
public final class Simulation
{
    /** Virtual time per step. */
    static final Duration STEP = Duration.ofMinutes(1);
    /** Optimiser rounds per step, and evaluated moves per round: a fixed budget, so runs repeat exactly. */
    static final int ROUNDS_PER_STEP = 2;
    static final long MOVES_PER_ROUND = 3_000;

    private final AtomicLong now = new AtomicLong();
    private final Map<String, Long> releasedAt = new HashMap<>();
    private final Map<String, Long> onSiteAt = new HashMap<>();
    private final Map<String, String> lastPlannedOn = new HashMap<>();
    private final Map<String, Location> lastSite = new HashMap<>();
    private final List<Double> resolutionMinutes = new ArrayList<>();
    private int completedOnTime;
    private int reassignments;
    private double travelKm;
    private int turn;

    private Simulation()
    {
    }

    public static Kpis run(final CityProfile profile, final long dayStart, final Duration length, final Policy policy,
                           final Path journal)
    {
        return new Simulation().simulate(profile, dayStart, length, policy, journal);
    }

    private Kpis simulate(final CityProfile profile, final long dayStart, final Duration length, final Policy policy,
                          final Path journal)
    {
        now.set(dayStart);
        final InstantSource clock = () -> Instant.ofEpochMilli(now.get());
        final City city = new CityGenerator(profile).build(dayStart);
        final TicketStream stream = new TicketStream(city, profile.seed());
        try (EngineHost engine = EngineHost.start(new EngineContext().journalFolder(journal).clock(clock)))
        {
            city.depots().forEach(engine::call);
            city.engineers().forEach(engine::call);
            FieldServiceSla.policies(dayStart).forEach(engine::call);
            city.engineers().forEach(e -> lastSite.put(e.engineerId(), e.spec().home()));
            final Improver improver = policy == Policy.KAIROS ?
                new Improver(engine, new ImproverContext().moveLimit(MOVES_PER_ROUND).clock(clock)) : null;
            final long end = dayStart + length.toMillis();
            long nextRelease = dayStart + stream.nextGapMillis();
            for (long t = dayStart; t < end; t += STEP.toMillis())
            {
                now.set(t);
                while (nextRelease <= t)
                {
                    release(engine, stream.next(t), policy);
                    nextRelease += stream.nextGapMillis();
                }
                moveEngineers(engine, t);
                if (improver != null)
                {
                    improve(engine, improver);
                }
                countReassignments(engine);
            }
            return kpis(engine, policy, profile.seed());
        }
    }

    private void release(final EngineHost engine, final CreateTicket create, final Policy policy)
    {
        final Outcome outcome = engine.call(create);
        final String id = ((Ticket)((Outcome.Applied)outcome).entity()).id();
        releasedAt.put(id, create.at());
        if (policy == Policy.GREEDY)
        {
            final String choice = engine.ask(state -> greedyChoice(state, create.spec()));
            if (choice != null)
            {
                engine.call(new PinTicket(create.at(), id, choice));
            }
        }
    }

    /** The nearest qualified engineer with nothing planned, else the nearest qualified one. */
    private static String greedyChoice(final LiveState state, final TicketSpec spec)
    {
        Engineer free = null;
        Engineer any = null;
        double freeDistance = Double.MAX_VALUE;
        double anyDistance = Double.MAX_VALUE;
        final List<Engineer> engineers = new ArrayList<>(state.engineers());
        engineers.sort((a, b) -> a.id().compareTo(b.id()));
        for (final Engineer engineer : engineers)
        {
            if (!Insertion.hasSkillsAndTools(engineer, spec))
            {
                continue;
            }
            final double distance = state.travel().distance(engineer.location(), spec.location());
            if (distance < anyDistance)
            {
                anyDistance = distance;
                any = engineer;
            }
            if (state.route(engineer.id()).stops().isEmpty() && distance < freeDistance)
            {
                freeDistance = distance;
                free = engineer;
            }
        }
        return free != null ? free.id() : any == null ? null : any.id();
    }

    /** Checks in dispatched visits whose engineer has arrived, and completes those whose work is done. */
    private void moveEngineers(final EngineHost engine, final long t)
    {
        final List<Route> routes = engine.ask(state ->
        {
            final List<Route> all = new ArrayList<>(state.plan().routes());
            all.sort((a, b) -> a.engineerId().compareTo(b.engineerId()));
            return all;
        });
        for (final Route route : routes)
        {
            if (route.pinned() == 0)
            {
                continue;
            }
            final String ticketId = route.stops().get(0).ticketId();
            final Ticket ticket = engine.ask(state -> state.ticket(ticketId));
            if (ticket.status() == TicketStatus.DISPATCHED && t >= route.stops().get(0).arrival())
            {
                final Location site = ticket.spec().location();
                travelKm += dev.kairos.solver.planning.GreatCircleTravel.URBAN.distance(lastSite.get(route.engineerId()), site);
                lastSite.put(route.engineerId(), site);
                engine.call(new TicketProgress(t, ticketId, TicketStatus.ON_SITE, site, null, null));
                onSiteAt.put(ticketId, t);
            }
            else if (ticket.status() == TicketStatus.ON_SITE && t >= onSiteAt.get(ticketId) + ticket.spec().durationMinutes() * 60_000L)
            {
                engine.call(new TicketProgress(t, ticketId, TicketStatus.COMPLETED, null, "done", null));
                resolutionMinutes.add((t - releasedAt.get(ticketId)) / 60_000.0);
                if (ticket.spec().due() == TicketSpec.NO_TIME || t <= ticket.spec().due())
                {
                    completedOnTime++;
                }
            }
        }
    }

    private void improve(final EngineHost engine, final Improver improver)
    {
        final List<String> ids = engine.ask(state ->
        {
            final List<String> all = new ArrayList<>();
            state.engineers().forEach(e -> all.add(e.id()));
            Collections.sort(all);
            return all;
        });
        for (int i = 0; i < ROUNDS_PER_STEP && !ids.isEmpty(); i++)
        {
            improver.improveOnce(ids.get(turn++ % ids.size()));
        }
    }

    /** A planned ticket that moves to another engineer before dispatch: churn the engineers would see. */
    private void countReassignments(final EngineHost engine)
    {
        final Map<String, String> plannedOn = engine.ask(state ->
        {
            final Map<String, String> map = new HashMap<>();
            for (final Route route : state.plan().routes())
            {
                route.ticketIds().forEach(id -> map.put(id, route.engineerId()));
            }
            return map;
        });
        plannedOn.forEach((ticketId, engineerId) ->
        {
            final String before = lastPlannedOn.put(ticketId, engineerId);
            if (before != null && !before.equals(engineerId))
            {
                reassignments++;
            }
        });
    }

    private Kpis kpis(final EngineHost engine, final Policy policy, final long seed)
    {
        final int open = engine.ask(state -> (int)state.tickets().stream().filter(t -> !t.status().isClosed()).count());
        final List<Double> sorted = new ArrayList<>(resolutionMinutes);
        Collections.sort(sorted);
        // SLA attainment, percentiles, backlog and plan load come from the code behind live GET /v1/kpis.
        final long asOf = now.get();
        final dev.kairos.solver.kpi.Kpis live = engine.ask(state -> dev.kairos.solver.kpi.Kpis.of(state, asOf, ZoneOffset.UTC));
        return new Kpis(policy, seed, releasedAt.size(), sorted.size(), completedOnTime, open,
            releasedAt.isEmpty() ? 0 : (double)completedOnTime / releasedAt.size(),
            percentile(sorted, 50), percentile(sorted, 90), Math.round(travelKm * 10) / 10.0, reassignments, live);
    }

    private static double percentile(final List<Double> sorted, final int percent)
    {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int)Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
