package dev.kairos.scenarios.sim;

import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.scenario.CityScenario;
import dev.kairos.scenarios.scenario.Scenario;
import dev.kairos.scenarios.scenario.ScenarioCommands;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Area;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.planning.TravelTimes;
import dev.kairos.solver.planning.improve.Improver;
import dev.kairos.solver.planning.improve.ImproverContext;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;
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
 * One simulated day on the real engine, with a virtual clock that only this driver moves: it
 * releases each ticket at its release time and moves engineers (a dispatched visit is checked in
 * the moment the engineer arrives and completed the moment its work is done), each at its own
 * moment in time order; after every {@link #STEP}, for {@link Policy#KAIROS}, the optimiser takes a
 * fixed number of reproducible rounds. Any {@link Scenario} runs: a planar
 * one plans in a planar area; one with {@code waitForWindow} starts work no
 * earlier than the window opens; one with {@code planAheadMinutes} opens that long before its start,
 * with the tickets known at the start, and the optimiser's rounds run from then. Commands reach the
 * engine through an {@link EngineLink}: its inbox, or the gateway's HTTP API. The same scenario
 * gives the same KPIs, by either link.
 */
public final class Simulation
{
    /** Virtual time per step. */
    static final Duration STEP = Duration.ofMinutes(1);
    /**
     * Optimiser rounds per step, and evaluated moves per round: a fixed budget, so runs repeat exactly.
     * Each round is what a live round that is not for new work does: a Timefold solve of four routes,
     * the unassigned retry, and {@link ImproverContext#DEFAULT_RUIN_STEPS} ruin-and-recreate steps over
     * twelve. A live server takes at least a round every 250 ms when idle (the sweep) and back to back,
     * resting as long as each took, when busy: a hundred or more a minute. Two a simulated minute is a
     * default that keeps a Pillac day under a minute; five and fifteen times as many changed a city day's KPIs
     * no more than the day's own noise (benchmarks/RESULTS.md, session 10): more rounds would not move the figures.
     * Sensitivity (benchmarks/RESULTS.md, session 7): 100 ruin steps a round instead of 30 served 1 more
     * request of 600 over six R101/RC101 days ({@code -Dkairos.sim.ruinSteps=N} sets them).
     */
    public static final int ROUNDS_PER_STEP = 2;
    static final long MOVES_PER_ROUND = 3_000;

    private final AtomicLong now = new AtomicLong();
    private final Map<String, Long> releasedAt = new HashMap<>();
    private final Map<String, Long> onSiteAt = new HashMap<>();
    private final Map<String, Long> workFrom = new HashMap<>();
    private final Map<String, String> lastPlannedOn = new HashMap<>();
    private final Map<String, Location> lastSite = new HashMap<>();
    private final Map<String, Location> homes = new HashMap<>();
    private final List<Double> resolutionMinutes = new ArrayList<>();
    private WorkLog work;
    private int completedOnTime;
    private int reassignments;
    private double travelKm;
    private long dayStartMillis;
    private DayDiagnostics diagnostics;

    private final int roundsPerStep;

    private Simulation(final int roundsPerStep)
    {
        if (roundsPerStep < 0)
        {
            throw new IllegalArgumentException("rounds per step must be 0 or more: " + roundsPerStep);
        }
        this.roundsPerStep = roundsPerStep;
    }

    /** A generated city's day: the city as a scenario ({@link CityScenario}), run as it always ran. */
    public static Kpis run(final CityProfile profile, final long dayStart, final Duration length, final Policy policy,
                           final Path journal)
    {
        return run(CityScenario.day(profile, dayStart, length), policy, journal);
    }

    /** A scenario checked by {@code ScenarioFile} (or built by a converter), on a new journal in {@code journal}. */
    public static Kpis run(final Scenario scenario, final Policy policy, final Path journal)
    {
        return run(scenario, policy, journal, ROUNDS_PER_STEP);
    }

    /**
     * As {@link #run(Scenario, Policy, Path)} with {@code roundsPerStep} optimiser rounds a simulated minute
     * instead of {@link #ROUNDS_PER_STEP}: nearer what a live server takes (a hundred or more), at that much more run time.
     */
    public static Kpis run(final Scenario scenario, final Policy policy, final Path journal, final int roundsPerStep)
    {
        return run(scenario, policy, journal, roundsPerStep, EngineLink.INBOX);
    }

    /** As {@link #run(Scenario, Policy, Path, int)} with the commands sent through {@code link}: the inbox, or the HTTP API. */
    public static Kpis run(final Scenario scenario, final Policy policy, final Path journal, final int roundsPerStep,
        final EngineLink.Opener link)
    {
        return new Simulation(roundsPerStep).simulate(scenario, policy, journal, link);
    }

    private Kpis simulate(final Scenario scenario, final Policy policy, final Path journal, final EngineLink.Opener opener)
    {
        final long open = ScenarioCommands.openMillis(scenario);
        dayStartMillis = ScenarioCommands.startMillis(scenario);
        diagnostics = new DayDiagnostics(dayStartMillis);
        now.set(open);
        final InstantSource clock = () -> Instant.ofEpochMilli(now.get());
        final List<Scenario.Ticket> tickets = ScenarioCommands.byRelease(scenario);
        final Area area = scenario.planar() ? Area.planar(scenario.area().unitMinutes() * 60_000) : Area.GEOGRAPHIC;
        try (EngineLink link = opener.open(journal, clock, area))
        {
            final EngineHost engine = link.engine();
            ScenarioCommands.depots(scenario).forEach(put -> applied(link, put));
            final List<PutEngineer> engineers = ScenarioCommands.engineers(scenario);
            engineers.forEach(put -> applied(link, put));
            ScenarioCommands.slaPolicies(scenario).forEach(put -> applied(link, put));
            engineers.forEach(e -> lastSite.put(e.engineerId(), e.spec().home()));
            engineers.forEach(e -> homes.put(e.engineerId(), e.spec().home()));
            final TravelTimes travel = engine.ask(LiveState::travel);
            work = new WorkLog(travel);
            engineers.forEach(e -> work.shift(e.engineerId(), e.spec().shift().start(), e.spec().shift().end()));
            final Improver improver = policy == Policy.KAIROS ?
                new Improver(engine, new ImproverContext().moveLimit(MOVES_PER_ROUND).clock(clock)
                    .ruinSteps(Integer.getInteger("kairos.sim.ruinSteps", ImproverContext.DEFAULT_RUIN_STEPS))) : null;
            if (improver != null)
            {
                // As the server wires it: the engine tells the optimiser which routes changed.
                engine.onRoutesChanged(improver::routesChanged);
            }
            final long end = ScenarioCommands.millis(scenario, scenario.minutes());
            int next = 0;
            for (long t = open; t < end; t += STEP.toMillis())
            {
                // Everything due by t happens at its own moment, in time order (engineers' steps before releases at
                // the same moment): rounded to the step, each visit began up to a minute after its plan, and on
                // 10-minute windows that slip alone made planned visits late.
                while (true)
                {
                    final long release = next < tickets.size()
                        ? ScenarioCommands.releaseMillis(scenario, tickets.get(next)) : Long.MAX_VALUE;
                    final FieldStep step = nextFieldStep(engine);
                    final long at = Math.min(release, step == null ? Long.MAX_VALUE : step.at());
                    if (at > t)
                    {
                        break;
                    }
                    now.set(Math.max(now.get(), at));
                    if (step != null && step.at() <= release)
                    {
                        take(link, step, scenario.waitForWindow());
                    }
                    else
                    {
                        release(link, new CreateTicket(now.get(), ScenarioCommands.ticket(scenario, tickets.get(next++))), policy);
                    }
                }
                now.set(t);
                if (improver != null)
                {
                    improve(improver);
                }
                countReassignments(engine);
            }
            return kpis(engine, policy, scenario.name());
        }
    }

    /** Setup commands of a checked scenario and the field's own steps are never refused; if one is, the day would be meaningless. */
    private static void applied(final EngineLink link, final Command command)
    {
        if (!link.send(command))
        {
            throw new IllegalStateException("the engine refused a scenario's command: " + command);
        }
    }

    /** Greedy's ticket is created pinned to its choice: pinned afterwards, Kairos's placement could be dispatched first. */
    private void release(final EngineLink link, final CreateTicket create, final Policy policy)
    {
        final String id = link.create(policy != Policy.GREEDY ? create
            : new CreateTicket(create.at(), create.spec(), link.engine().ask(state -> Greedy.choice(state, create.spec()))));
        // Counted from the day's start for a ticket known before it: planning ahead is not waiting.
        releasedAt.put(id, Math.max(create.at(), dayStartMillis));
    }

    /** An engineer's next field step: checking in at a dispatched visit, or completing the one on site, due {@code at}. */
    private record FieldStep(long at, String engineerId, Stop stop, Ticket ticket)
    {
    }

    /** The earliest step any engineer has to take (ties by engineer), or null when no one has dispatched work. */
    private FieldStep nextFieldStep(final EngineHost engine)
    {
        final List<FieldStep> steps = engine.ask(state ->
        {
            final List<FieldStep> all = new ArrayList<>();
            for (final Route route : state.plan().routes())
            {
                if (route.pinned() > 0)
                {
                    final Stop stop = route.stops().get(0);
                    all.add(new FieldStep(0, route.engineerId(), stop, state.ticket(stop.ticketId())));
                }
            }
            return all;
        });
        FieldStep first = null;
        for (final FieldStep step : steps)
        {
            final Ticket ticket = step.ticket();
            final long at = ticket.status() == TicketStatus.DISPATCHED ? step.stop().arrival()
                : ticket.status() == TicketStatus.ON_SITE ? workFrom.get(ticket.id()) + ticket.spec().durationMinutes() * 60_000L
                : Long.MAX_VALUE;
            if (at != Long.MAX_VALUE && (first == null || at < first.at()
                || at == first.at() && step.engineerId().compareTo(first.engineerId()) < 0))
            {
                first = new FieldStep(at, step.engineerId(), step.stop(), ticket);
            }
        }
        return first;
    }

    /** Checks the engineer in at a dispatched visit they reached, or completes the visit whose work is done. */
    private void take(final EngineLink link, final FieldStep step, final boolean waitForWindow)
    {
        final EngineHost engine = link.engine();
        final long t = now.get();
        final String engineerId = step.engineerId();
        final Stop stop = step.stop();
        final Ticket ticket = step.ticket();
        final String ticketId = ticket.id();
        if (ticket.status() == TicketStatus.DISPATCHED)
        {
            final Location site = ticket.spec().location();
            toolsOnArrival(engine, engineerId, stop, ticket.spec().tools());
            final Location previous = lastSite.get(engineerId);
            final Visits.Drive drive = engine.ask(state -> Visits.drive(state, previous, stop, site));
            travelKm += drive.distance();
            work.drove(drive.millis());
            if (engine.ask(state -> Visits.shortOfParts(state, ticketId)))
            {
                work.shortOfParts();
            }
            lastSite.put(engineerId, site);
            applied(link, new TicketProgress(t, ticketId, TicketStatus.ON_SITE, site, null, null));
            onSiteAt.put(ticketId, t);
            final TimeWindow window = ticket.spec().window();
            final long from = waitForWindow && window != null ? Math.max(t, window.start()) : t;
            workFrom.put(ticketId, from);
            final Location home = homes.get(engineerId);
            final long fromHome = work.hasStarted(engineerId) ? 0 : engine.ask(state -> Visits.driveFromHome(state, home, stop, site));
            work.started(engineerId, from, window, fromHome);
            diagnostics.missedWindow(ticketId, engineerId, from, window, stop);
        }
        else
        {
            // The engineer fits what was set aside for the visit, so vans empty during the day (until session 11 none
            // were reported used, and every van stayed full).
            applied(link, new TicketProgress(t, ticketId, TicketStatus.COMPLETED, null, "done",
                engine.ask(state -> state.stock().inHand(ticketId))));
            resolutionMinutes.add((t - releasedAt.get(ticketId)) / 60_000.0);
            if (ticket.spec().due() == TicketSpec.NO_TIME || t <= ticket.spec().due())
            {
                completedOnTime++;
            }
            work.completed(engineerId, t, ticket.spec().location(), homes.get(engineerId));
        }
    }

    /** The tools the engineer has on reaching the visit: their own, and what the depot the stop went through lends of those asked. */
    private void toolsOnArrival(final EngineHost engine, final String engineerId, final Stop stop, final List<String> needed)
    {
        final List<String> own = engine.ask(state -> state.engineer(engineerId).spec().tools());
        final List<String> borrowed = stop.pickUp() == null ? List.of() : engine.ask(state ->
            stop.pickUp().tools().stream().filter(state.depot(stop.pickUp().depotId()).tools()::contains).toList());
        work.arrived(engineerId, own, borrowed, needed);
    }

    /** The optimiser's rounds for one step, seeded as the live optimiser seeds them (new work first). */
    private void improve(final Improver improver)
    {
        for (int i = 0; i < roundsPerStep; i++)
        {
            improver.improveNext();
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

    private Kpis kpis(final EngineHost engine, final Policy policy, final String scenario)
    {
        final int open = engine.ask(state -> (int)state.tickets().stream().filter(t -> !t.status().isClosed()).count());
        final List<Double> sorted = new ArrayList<>(resolutionMinutes);
        Collections.sort(sorted);
        // SLA attainment, percentiles, backlog and plan load come from the code behind live GET /v1/kpis.
        final long asOf = now.get();
        final dev.kairos.solver.kpi.Kpis live = engine.ask(state -> dev.kairos.solver.kpi.Kpis.of(state, asOf, ZoneOffset.UTC));
        if (DayDiagnostics.enabled())
        {
            engine.ask(state -> diagnostics.open(state, releasedAt));
        }
        final int[] dueInDay = engine.ask(state -> DueInDay.responses(state, asOf));
        if (DayDiagnostics.enabled())
        {
            engine.ask(state -> diagnostics.breaches(state, policy));
        }
        return new Kpis(policy, scenario, releasedAt.size(), sorted.size(), completedOnTime, open,
            releasedAt.isEmpty() ? 0 : (double)completedOnTime / releasedAt.size(),
            percentile(sorted, 50), percentile(sorted, 90), Math.round(travelKm * 10) / 10.0, reassignments,
            work.engineersUsed(), work.missedWindows(), Math.round(work.workingMinutes() * 10) / 10.0, work.visitsWithoutTools(),
            dueInDay[0], dueInDay[1], new Kpis.Field(Math.round(work.drivingMinutes() * 10) / 10.0,
                Math.round(work.utilisation(dayStartMillis, asOf) * 1000) / 1000.0, Math.round(work.overtimeMinutes() * 10) / 10.0,
                work.visitsShortOfParts()), live);
    }

    private static double percentile(final List<Double> sorted, final int percent)
    {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int)Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
