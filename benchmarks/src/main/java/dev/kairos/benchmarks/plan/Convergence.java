package dev.kairos.benchmarks.plan;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.CityGenerator;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.city.TicketStream;
import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.domain.EngineerRoute;
import dev.kairos.solver.planning.improve.Improver;
import dev.kairos.solver.planning.improve.ImproverContext;
import dev.kairos.solver.planning.improve.SolutionBuilder;
import dev.kairos.solver.planning.improve.SubProblem;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code ./kairos bench converge}: does the live plan converge after a burst of events? A city that
 * is not overloaded is planned by the fast path, then a burst (new tickets, cancellations, location
 * pings) arrives; the optimiser runs as it does live, and the plan is sampled every second. At the
 * end the same state is solved from scratch by Timefold (every visit not dispatched unplaced,
 * default construction then local search) for a fixed time. Both plans are scored by the same
 * constraints on the same timing basis: engine time is frozen at one instant for the whole run, so
 * no route is re-timed by the clock moving, only by the solver.
 */
@CommandLine.Command(name = "converge", mixinStandardHelpOptions = true,
    description = "The live plan after a burst of events against a from-scratch solve of the same state.")
public final class Convergence implements Callable<Integer>
{
    @Option(names = "--engineers", defaultValue = "100")
    int engineers;

    @Option(names = "--tickets", defaultValue = "300", description = "Open tickets before the burst.")
    int tickets;

    @Option(names = "--burst", defaultValue = "100", description = "New tickets in the burst (a fifth as many cancellations).")
    int burst;

    @Option(names = "--seconds", defaultValue = "30", description = "How long the optimiser runs after the burst.")
    int seconds;

    @Option(names = "--scratch-seconds", defaultValue = "60", description = "The from-scratch solve's time.")
    int scratchSeconds;

    @Option(names = "--new-work-moves", description = "Move budget of a round for new work (default: ImproverContext's).")
    Long newWorkMoves;

    @Option(names = "--seed", defaultValue = "20261123")
    long seed;

    public static void main(final String[] args)
    {
        System.exit(new CommandLine(new Convergence()).execute(args));
    }

    @Override
    public Integer call() throws Exception
    {
        final Path folder = Files.createTempDirectory("kairos-converge-bench");
        final long now = Instant.parse("2026-11-23T10:00:00Z").toEpochMilli();
        final InstantSource clock = InstantSource.fixed(Instant.ofEpochMilli(now));
        final CityProfile demo = CityProfile.demo(seed);
        final City city = new CityGenerator(new CityProfile(seed, demo.centre(), 15, 5, engineers, 12, 60)).build(now - 3_600_000L);
        System.out.printf("converge: %d engineers, %d open tickets, burst of %d new and %d cancelled, optimiser %d s, "
            + "from scratch %d s, seed %d, %d cores%n", engineers, tickets, burst, burst / 5, seconds, scratchSeconds, seed,
            Runtime.getRuntime().availableProcessors());
        try (EngineHost engine = EngineHost.start(new EngineContext().journalFolder(folder.resolve("journal")).clock(clock)))
        {
            city.depots().forEach(engine::call);
            city.engineers().forEach(engine::call);
            final TicketStream stream = new TicketStream(city, seed);
            for (int i = 0; i < tickets; i++)
            {
                engine.call(stream.next(now));
            }
            final ImproverContext context = new ImproverContext().clock(clock);
            if (newWorkMoves != null)
            {
                context.newWorkMoveLimit(newWorkMoves);
            }
            final Improver improver = new Improver(engine, context);
            engine.onRoutesChanged(improver::routesChanged);
            improver.start();
            Thread.sleep(Duration.ofSeconds(seconds).toMillis());
            System.out.println("before the burst (optimiser run as long): " + Sample.of(engine, now));

            burst(engine, city, stream, now);
            System.out.println("| seconds after the burst | hard | unassigned | travel h |");
            System.out.println("|---|---|---|---|");
            Sample last = null;
            for (int s = 0; s <= seconds; s++)
            {
                last = Sample.of(engine, now);
                if (s % 5 == 0 || s == seconds)
                {
                    System.out.printf("| %d | %d | %d | %.2f |%n", s, last.hard(), last.unassigned(), last.travelHours());
                }
                Thread.sleep(1_000);
            }
            improver.close();
            System.out.println("live unassigned, by reason: " + engine.<Object>ask(state -> state.plan().unassigned().values().stream()
                .collect(java.util.stream.Collectors.groupingBy(reason -> reason, java.util.TreeMap::new, java.util.stream.Collectors.counting()))));
            final Sample scratch = scratch(engine, now);
            System.out.println("live plan:    " + last);
            System.out.println("from scratch: " + scratch);
            System.out.printf("converge: live travel / from-scratch travel = %.4f (gap %+.2f %%), unassigned %d vs %d, hard %d vs %d%n",
                last.travelHours() / scratch.travelHours(), 100 * (last.travelHours() / scratch.travelHours() - 1),
                last.unassigned(), scratch.unassigned(), last.hard(), scratch.hard());
        }
        return 0;
    }

    private void burst(final EngineHost engine, final City city, final TicketStream stream, final long now)
    {
        final Random random = new Random(seed);
        final List<String> planned = engine.ask(state -> state.tickets().stream()
            .filter(t -> t.status() == dev.kairos.solver.domain.TicketStatus.PLANNED).map(t -> t.id()).sorted().toList());
        for (int i = 0; i < burst; i++)
        {
            engine.submit(stream.next(now));
            if (i % 5 == 0 && !planned.isEmpty())
            {
                engine.submit(new CancelTicket(now, planned.get(random.nextInt(planned.size())), "burst"));
            }
            final PutEngineer engineer = city.engineers().get(random.nextInt(city.engineers().size()));
            final Location home = engineer.spec().home();
            engine.submit(new EngineerLocation(now, engineer.engineerId(),
                new Location(home.lat() + random.nextGaussian() * 0.005, home.lon() + random.nextGaussian() * 0.005), now));
        }
        // Every command of the burst is applied once this query answers: the inbox is served in order.
        engine.ask(state -> state.position());
    }

    private Sample scratch(final EngineHost engine, final long now)
    {
        final SubProblem whole = engine.ask(state -> SubProblem.whole(state, now));
        final ImproverContext context = new ImproverContext().spentLimit(Duration.ofSeconds(scratchSeconds))
            .unimprovedLimit(Duration.ofSeconds(scratchSeconds));
        final DispatchSolution fresh = SolutionBuilder.build(whole);
        for (final EngineerRoute route : fresh.getRoutes())
        {
            route.setVisits(new ArrayList<>(route.getVisits().subList(0, route.getPinned())));
        }
        final DispatchSolution solved = SolverFactory.<DispatchSolution>create(Improver.solverConfig(context)).buildSolver().solve(fresh);
        return Sample.of(solved);
    }

    /** A plan's hard score, unplaced tickets and total driving, scored by the optimiser's constraints. */
    record Sample(long hard, long unassigned, double travelHours)
    {
        private static final SolverFactory<DispatchSolution> SCORING = SolverFactory.create(Improver.solverConfig(new ImproverContext()));

        static Sample of(final EngineHost engine, final long now)
        {
            final SubProblem whole = engine.ask(state -> SubProblem.whole(state, now));
            final DispatchSolution live = SolutionBuilder.build(whole);
            SolutionManager.<DispatchSolution, HardMediumSoftScore>create(SCORING).update(live);
            return of(live);
        }

        static Sample of(final DispatchSolution solution)
        {
            long millis = 0;
            for (final EngineerRoute route : solution.getRoutes())
            {
                millis += route.travelMillis();
            }
            final long placed = solution.getRoutes().stream().mapToLong(route -> route.getVisits().size()).sum();
            final HardMediumSoftScore score = solution.getScore();
            return new Sample(score.hardScore(), solution.getVisits().size() - placed, millis / 3_600_000.0);
        }
    }
}
