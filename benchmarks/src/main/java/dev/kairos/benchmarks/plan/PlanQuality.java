package dev.kairos.benchmarks.plan;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.domain.EngineerRoute;
import dev.kairos.solver.planning.improve.Improver;
import dev.kairos.solver.planning.improve.ImproverContext;
import dev.kairos.solver.planning.improve.SolutionBuilder;
import dev.kairos.solver.planning.improve.SubProblem;

import java.time.Duration;
import java.util.ArrayList;

/**
 * The live plan against Timefold solving the same state from scratch (every visit that is not
 * dispatched unassigned, default construction then local search) for a fixed time.
 */
final class PlanQuality
{
    private PlanQuality()
    {
    }

    static void compare(final EngineHost engine, final int seconds)
    {
        final SubProblem whole = engine.ask(state -> SubProblem.whole(state, state.time()));
        final ImproverContext context = new ImproverContext().spentLimit(Duration.ofSeconds(seconds))
            .unimprovedLimit(Duration.ofSeconds(seconds));
        final SolverFactory<DispatchSolution> factory = SolverFactory.create(Improver.solverConfig(context));
        final SolutionManager<DispatchSolution, HardMediumSoftScore> solutions = SolutionManager.create(factory);

        final DispatchSolution live = SolutionBuilder.build(whole);
        final HardMediumSoftScore liveScore = solutions.update(live);

        final DispatchSolution scratch = SolutionBuilder.build(whole);
        for (final EngineerRoute route : scratch.getRoutes())
        {
            route.setVisits(new ArrayList<>(route.getVisits().subList(0, route.getPinned())));
        }
        final long started = System.nanoTime();
        final DispatchSolution solved = factory.buildSolver().solve(scratch);
        final double took = (System.nanoTime() - started) / 1e9;

        System.out.printf("quality: live plan %s, travel %.1f h, unassigned %d%n", liveScore, travelHours(live), unassigned(live));
        System.out.printf("quality: from scratch (%.0f s) %s, travel %.1f h, unassigned %d%n", took, solved.getScore(),
            travelHours(solved), unassigned(solved));
        System.out.printf("quality: live travel / from-scratch travel = %.4f%n", travelHours(live) / travelHours(solved));
    }

    private static double travelHours(final DispatchSolution solution)
    {
        long millis = 0;
        for (final EngineerRoute route : solution.getRoutes())
        {
            millis += route.travelMillis();
        }
        return millis / 3_600_000.0;
    }

    private static long unassigned(final DispatchSolution solution)
    {
        return solution.getVisits().stream().filter(visit -> solution.getRoutes().stream()
            .noneMatch(route -> route.getVisits().contains(visit))).count();
    }

}
