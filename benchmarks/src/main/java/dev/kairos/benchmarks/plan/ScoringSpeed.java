package dev.kairos.benchmarks.plan;

import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.CityGenerator;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.city.TicketStream;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.improve.Improver;
import dev.kairos.solver.planning.improve.ImproverContext;
import dev.kairos.solver.planning.improve.SolutionBuilder;
import dev.kairos.solver.planning.improve.SubProblem;
import dev.kairos.solver.state.Engineer;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./kairos bench scoring}: how fast Timefold evaluates moves on the live model — the
 * solver's own statistics (moves evaluated and scores calculated per second) — on an
 * optimiser-sized sub-problem and on the whole plan, at each size given. The plan is the fast
 * path's cold start of a demo-like city, its planned visits only (the tickets it left unassigned
 * would make the solve start with a construction phase); each solve runs local search from it for
 * a fixed time on one thread, with nothing else running.
 */
@CommandLine.Command(name = "scoring", mixinStandardHelpOptions = true, description = "Move evaluation speed on the live model.")
public final class ScoringSpeed implements Callable<Integer>
{
    @Option(names = "--sizes", defaultValue = "100x500,1000x5000", split = ",",
        description = "engineers x open tickets (default ${DEFAULT-VALUE}).")
    List<String> sizes;

    @Option(names = "--seconds", defaultValue = "10", description = "Solving time per measurement (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--seed", defaultValue = "20261123")
    long seed;

    public static void main(final String[] args)
    {
        System.exit(new CommandLine(new ScoringSpeed()).execute(args));
    }

    @Override
    public Integer call() throws Exception
    {
        System.out.printf("scoring speed: %d s of local search per row, seed %d, %d cores, %s%n", seconds, seed,
            Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.println("| engineers × open tickets | problem | engineers | visits | moves evaluated/s | scores calculated/s |");
        System.out.println("|---|---|---|---|---|---|");
        for (final String size : sizes)
        {
            final String[] parts = size.split("x");
            measure(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        }
        return 0;
    }

    private void measure(final int engineers, final int tickets) throws Exception
    {
        final Path folder = Files.createTempDirectory("kairos-scoring-bench");
        final InstantSource clock = InstantSource.system();
        final long dayStart = clock.millis() - 3_600_000L;
        final CityProfile demo = CityProfile.demo(seed);
        final City city = new CityGenerator(new CityProfile(seed, demo.centre(), 25, 5, engineers, 12, 3_600.0))
            .build(dayStart);
        final ImproverContext live = new ImproverContext();
        try (EngineHost engine = EngineHost.start(new EngineContext().journalFolder(folder.resolve("journal")).clock(clock)))
        {
            city.depots().forEach(engine::call);
            city.engineers().forEach(engine::call);
            final TicketStream stream = new TicketStream(city, seed);
            for (int i = 0; i < tickets; i++)
            {
                engine.call(stream.next(clock.millis()));
            }
            final String seedEngineer = engine.ask(state ->
            {
                final List<String> ids = new ArrayList<>(state.engineers().stream().map(Engineer::id).toList());
                ids.sort(String::compareTo);
                return ids.get(0);
            });
            // Without unassigned tickets: a construction phase would spend the budget on a different kind of step.
            final SubProblem sub = engine.ask(state ->
                SubProblem.around(state, seedEngineer, live.engineers(), 0, state.time()));
            final SubProblem whole = engine.ask(state -> SubProblem.around(state, seedEngineer, engineers, 0, state.time()));
            row(engineers + " × " + tickets, "sub-problem", sub);
            row(engineers + " × " + tickets, "whole plan", whole);
        }
    }

    private void row(final String size, final String name, final SubProblem problem) throws Exception
    {
        final ImproverContext context = new ImproverContext().spentLimit(Duration.ofSeconds(seconds))
            .unimprovedLimit(Duration.ofSeconds(seconds));
        final DispatchSolution solution = SolutionBuilder.build(problem);
        try (SolverManager<DispatchSolution> solvers = SolverManager.create(Improver.solverConfig(context)))
        {
            final SolverJob<DispatchSolution> job = solvers.solve(name, solution);
            job.getFinalBestSolution();
            System.out.printf("| %s | %s | %d | %d | %,d | %,d |%n", size, name, solution.getRoutes().size(),
                solution.getVisits().size(), job.getMoveEvaluationSpeed(), job.getScoreCalculationSpeed());
        }
    }
}
