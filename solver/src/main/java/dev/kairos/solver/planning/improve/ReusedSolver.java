package dev.kairos.solver.planning.improve;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import ai.timefold.solver.core.impl.solver.scope.SolverScope;
import dev.kairos.solver.planning.domain.DispatchSolution;

/**
 * One solver, built once and reused round after round: building phases and move selectors per
 * round cost ~1.5 ms of a ~15 ms round (JFR and timings, issue #4). Timefold draws a new random
 * generator from the configured seed at the start of every solve, so a reused solver solves a
 * given problem exactly as a new one would. After a failed solve it is rebuilt, in case the
 * failure left it mid-solve. It also keeps the score of the plan it was given, as Timefold
 * computed it when solving started: scoring the live routes again in a session of their own
 * cost another ~1.5 ms a round. Optimiser thread only.
 */
final class ReusedSolver
{
    private final SolverFactory<DispatchSolution> factory;
    private Solver<DispatchSolution> solver;
    private HardMediumSoftScore startingScore;

    ReusedSolver(final SolverFactory<DispatchSolution> factory)
    {
        this.factory = factory;
    }

    Solver<DispatchSolution> get()
    {
        if (solver == null)
        {
            solver = factory.buildSolver();
            if (solver instanceof DefaultSolver<DispatchSolution> timefold)
            {
                timefold.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>()
                {
                    @Override
                    public void solvingStarted(final SolverScope<DispatchSolution> scope)
                    {
                        // Before any phase: the best solution is still the one given.
                        startingScore = scope.getBestScore() == null ? null : (HardMediumSoftScore)scope.getBestScore().raw();
                    }
                });
            }
        }
        return solver;
    }

    /** The score of the plan the last solve was given; null when Timefold did not score it first. */
    HardMediumSoftScore startingScore()
    {
        return startingScore;
    }

    DispatchSolution solve(final DispatchSolution problem)
    {
        startingScore = null;
        try
        {
            return get().solve(problem);
        }
        catch (final RuntimeException ex)
        {
            solver = null;
            throw ex;
        }
    }
}
