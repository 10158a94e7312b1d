package dev.kairos.scenarios.solve;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import dev.kairos.solver.planning.improve.Improver;
import dev.kairos.solver.planning.improve.ImproverContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The solver for a published instance solved whole: the live model's configuration, with
 * {@link RouteElimination} after construction and again halfway through the local search, which
 * then polishes what is left. (Timefold's own ruin-and-recreate move would do some of this, but in
 * 2.2.0 it fails on a list variable that allows unassigned values: Timefold PR #2448, later.)
 * Measured in benchmarks/RESULTS.md: fewer vehicles and less distance at the same budget.
 */
final class PublishedSolverConfig
{
    /** Local search slices, each after an elimination pass. */
    static final int SLICES = 2;

    private PublishedSolverConfig()
    {
    }

    static SolverConfig of(final Duration budget)
    {
        final SolverConfig config = Improver.solverConfig(new ImproverContext().spentLimit(budget).unimprovedLimit(budget));
        final List<PhaseConfig> phases = new ArrayList<>();
        phases.add(new ConstructionHeuristicPhaseConfig());
        for (int slice = 1; slice <= SLICES; slice++)
        {
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new RouteElimination()));
            phases.add(slice == SLICES ? new LocalSearchPhaseConfig() : new LocalSearchPhaseConfig().withTerminationConfig(
                new TerminationConfig().withSpentLimit(budget.multipliedBy(slice).dividedBy(SLICES))));
        }
        config.setPhaseConfigList(phases);
        return config;
    }

    /** Construction and elimination only: deterministic, for tests. */
    static SolverConfig withoutLocalSearch(final boolean eliminate)
    {
        final SolverConfig config = Improver.solverConfig(new ImproverContext().spentLimit(Duration.ofMinutes(5))
            .unimprovedLimit(Duration.ofMinutes(5)));
        final List<PhaseConfig> phases = new ArrayList<>(List.of(new ConstructionHeuristicPhaseConfig()));
        if (eliminate)
        {
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new RouteElimination()));
        }
        config.setPhaseConfigList(phases);
        return config;
    }
}
