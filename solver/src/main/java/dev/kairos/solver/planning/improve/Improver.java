package dev.kairos.solver.planning.improve;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import dev.kairos.solver.command.PlanUpdate;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.planning.Insertion;
import dev.kairos.solver.planning.constraints.DispatchConstraints;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.domain.EngineerRoute;
import dev.kairos.solver.planning.domain.Visit;
import dev.kairos.solver.state.Engineer;
import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The improvement path. Engineers whose routes just changed come first, those that took new work
 * before those that only lost work ({@link ChangedRoutes}); when there are none the optimiser takes
 * every engineer in turn. Each round reads a {@link SubProblem} around one
 * engineer, lets Timefold improve it from the live routes, and offers a better plan to the engine
 * as a {@link PlanUpdate}, which the engine refuses if those routes changed meanwhile. A round that
 * is not for new work then tries {@link RuinRecreate} on a wider sub-problem when a ticket with a
 * narrow window waits there.
 * <p>
 * {@link #routesChanged} from the engine thread; {@link #improveOnce} from one thread at a time
 * (the optimiser's own, or a test's or the simulator's when it is not started).
 */
public final class Improver implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(Improver.class);
    private static final long REST_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final EngineHost engine;
    private final ImproverContext context;
    private final SolverFactory<DispatchSolution> solverFactory;
    private final ReusedSolver solver;
    /** Live mode: rounds for new work stop at a move budget; in move-limit mode this is {@link #solver}. */
    private final ReusedSolver newWorkSolver;
    private final SolutionManager<DispatchSolution, HardMediumSoftScore> solutions;
    /** Engine thread to optimiser: engineers whose routes took new work, and the others. */
    private final ManyToOneConcurrentArrayQueue<String> changedNewWork = new ManyToOneConcurrentArrayQueue<>(4_096);
    private final ManyToOneConcurrentArrayQueue<String> changedOther = new ManyToOneConcurrentArrayQueue<>(4_096);
    private final ChangedRoutes pending = new ChangedRoutes();
    private final RestBudget rest;
    private final UnassignedRetry retry = UnassignedRetry.create();
    private volatile boolean running;
    private volatile Consumer<Round> observer = round -> { };
    private Thread thread;
    private int sweep;
    /** Seeds each ruin-and-recreate's random: rounds repeat exactly in the simulator. */
    private long ruins;

    /** What one round did, how many moves the solver evaluated, and when it read the plan and finished (System.nanoTime). */
    public record Round(String seed, java.util.List<String> engineers, HardMediumSoftScore before, HardMediumSoftScore after,
                        Outcome outcome, long moves, long startedNanos, long finishedNanos)
    {
        public boolean applied()
        {
            return outcome instanceof Outcome.Applied;
        }
    }

    public Improver(final EngineHost engine, final ImproverContext context)
    {
        this.engine = engine;
        this.context = context.conclude();
        this.solverFactory = SolverFactory.create(solverConfig(context));
        this.solver = new ReusedSolver(solverFactory);
        this.newWorkSolver = context.moveLimit() != null ? solver : new ReusedSolver(SolverFactory.create(newWorkConfig(context)));
        this.solutions = SolutionManager.create(solverFactory);
        this.rest = new RestBudget(context.restRatio(), context.restBurst().toNanos());
    }

    public static SolverConfig solverConfig(final ImproverContext context)
    {
        final TerminationConfig termination = context.moveLimit() != null ?
            new TerminationConfig().withMoveCountLimit(context.moveLimit()) :
            new TerminationConfig().withSpentLimit(context.spentLimit()).withUnimprovedSpentLimit(context.unimprovedLimit());
        return new SolverConfig()
            .withSolutionClass(DispatchSolution.class)
            .withEntityClasses(EngineerRoute.class, Visit.class)
            .withConstraintProviderClass(DispatchConstraints.class)
            .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
            .withRandomSeed(0L)
            .withTerminationConfig(termination);
    }

    /**
     * A round for new work: construction places the unassigned tickets to the end, then local
     * search stops once {@link ImproverContext#newWorkMoveLimit} moves were evaluated in all (the
     * count includes construction's); the spent limit still bounds both. A solver-wide move limit
     * cut construction short after a burst (12 unassigned tickets in a sub-problem), leaving some
     * untried until a later round.
     */
    static SolverConfig newWorkConfig(final ImproverContext context)
    {
        return solverConfig(context)
            .withTerminationConfig(new TerminationConfig().withSpentLimit(context.spentLimit()))
            .withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(context.newWorkMoveLimit())));
    }

    /**
     * Engine thread: an engineer's route changed, or a ticket near them could not be placed (new
     * work: see {@link dev.kairos.solver.engine.RouteListener}). Never blocks.
     */
    public void routesChanged(final String engineerId, final boolean newWork)
    {
        (newWork ? changedNewWork : changedOther).offer(engineerId);
    }

    /** Told of every round the optimiser's own thread runs (for measurements); called on that thread. */
    public void observe(final Consumer<Round> observer)
    {
        this.observer = observer;
    }

    public void start()
    {
        running = true;
        thread = new Thread(this::run, "kairos-optimiser");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close()
    {
        running = false;
        if (thread != null)
        {
            LockSupport.unpark(thread);
            try
            {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * One round, seeded as the live optimiser seeds its next one (engineers whose routes took new work,
     * then those that only lost work, then every engineer in turn), without its rests: for a caller that
     * steps rounds itself (the simulator) when it is not started. Null when there are no engineers.
     */
    public Round improveNext()
    {
        changedNewWork.drain(id -> pending.add(id, true));
        changedOther.drain(id -> pending.add(id, false));
        final String seed = pending.poll();
        return improveOnce(seed != null ? seed : nextInTurn());
    }

    /** One round around {@code seedId}; null when that engineer is gone. */
    public Round improveOnce(final String seedId)
    {
        return improveOnce(seedId, solver);
    }

    private Round improveOnce(final String seedId, final ReusedSolver solvers)
    {
        if (seedId == null)
        {
            return null;
        }
        final long started = System.nanoTime();
        final long now = context.clock().millis();
        final SubProblem problem = engine.ask(state -> state.engineer(seedId) == null ? null :
            SubProblem.around(state, seedId, context.engineers(), context.unassigned(), now));
        if (problem == null)
        {
            return null;
        }
        final List<String> covered = problem.engineers().stream().map(Engineer::id).toList();
        if (!hasMovableVisits(problem))
        {
            // Nothing the solver may move: a round would only log that it found no move.
            pending.covered(covered);
            if (solvers == solver)
            {
                ruinAndRecreate(seedId);
            }
            return new Round(seedId, covered, null, null, null, 0, started, System.nanoTime());
        }
        final DispatchSolution best = solvers.solve(SolutionBuilder.build(problem));
        final HardMediumSoftScore before = solvers.startingScore() != null ? solvers.startingScore() :
            solutions.update(SolutionBuilder.build(problem));
        final PlanUpdate update = best.getScore().compareTo(before) > 0 ?
            SolutionBuilder.proposal(problem, best, context.clock().millis()) : null;
        final Outcome outcome = update == null ? null : engine.call(update);
        retryUnassigned(problem);
        if (solvers == solver)
        {
            // Not for a round for new work: its latency is what a dispatcher waits for.
            ruinAndRecreate(seedId);
        }
        // Every route in the sub-problem was read: pending work for those engineers is done too.
        pending.covered(covered);
        // The public Solver has no statistics; the default implementation keeps Timefold's own count.
        final long moves = solvers.get() instanceof DefaultSolver<DispatchSolution> counted ? counted.getMoveEvaluationCount() : 0;
        return new Round(seedId, covered, before, best.getScore(), outcome, moves, started, System.nanoTime());
    }

    /** What the round left unassigned gets the fast path's search, ejection included ({@link UnassignedRetry}). */
    private void retryUnassigned(final SubProblem problem)
    {
        final List<String> tried = retry.next(problem);
        if (tried.isEmpty())
        {
            return;
        }
        final long at = context.clock().millis();
        final PlanUpdate placed = engine.ask(state -> UnassignedRetry.proposal(state, tried, at));
        if (placed != null)
        {
            engine.call(placed);
        }
    }

    /** Ruin and recreate around the seed on a larger sub-problem ({@link RuinRecreate}); a better plan is offered as a PlanUpdate. */
    private void ruinAndRecreate(final String seedId)
    {
        if (context.ruinSteps() == 0)
        {
            return;
        }
        final long now = context.clock().millis();
        final SubProblem wide = engine.ask(state -> state.engineer(seedId) == null ? null :
            SubProblem.around(state, seedId, context.ruinEngineers(), context.ruinUnassigned(), now));
        // Only for a waiting ticket with a narrow window, the work that cannot wait for a later round: on the
        // overloaded city (four-hour windows) it drove 7 % more for no better SLA (benchmarks/RESULTS.md, session 7).
        if (wide == null || wide.unassigned().stream().noneMatch(id -> Insertion.narrowWindow(wide.tickets().get(id))))
        {
            return;
        }
        final PlanUpdate update = new RuinRecreate(wide, ruins++).improve(context.ruinSteps(), context.clock().millis());
        if (update != null)
        {
            engine.call(update);
        }
    }

    private static boolean hasMovableVisits(final SubProblem problem)
    {
        if (!problem.unassigned().isEmpty())
        {
            return true;
        }
        for (final var route : problem.routes().values())
        {
            if (route.stops().size() > route.pinned())
            {
                return true;
            }
        }
        return false;
    }

    private void run()
    {
        long nextSweep = 0;
        while (running)
        {
            try
            {
                changedNewWork.drain(id -> pending.add(id, true));
                changedOther.drain(id -> pending.add(id, false));
                final boolean newWork = pending.hasNewWork();
                final long now = System.nanoTime();
                final long owed = rest.restBefore(now, newWork);
                if (owed > 0)
                {
                    // In slices, so new work that arrives meanwhile may start within its allowance.
                    LockSupport.parkNanos(Math.min(owed, REST_SLICE_NANOS));
                    continue;
                }
                final String seed = pending.poll();
                if (seed != null)
                {
                    worked(report(improveOnce(seed, newWork ? newWorkSolver : solver)));
                }
                else if (now >= nextSweep)
                {
                    final String turn = nextInTurn();
                    nextSweep = System.nanoTime() + context.sweepInterval().toNanos();
                    if (turn != null)
                    {
                        worked(report(improveOnce(turn)));
                    }
                }
                else
                {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                }
            }
            catch (final RuntimeException ex)
            {
                // The optimiser failing never takes the engine down: the last plan stays, solving goes on.
                LOG.error("optimiser round failed; the live plan is unchanged", ex);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
        }
    }

    private String nextInTurn()
    {
        final List<String> ids = engine.ask(state ->
        {
            final List<String> all = new ArrayList<>();
            for (final Engineer engineer : state.engineers())
            {
                all.add(engineer.id());
            }
            all.sort(Comparator.naturalOrder());
            return all;
        });
        return ids.isEmpty() ? null : ids.get(sweep++ % ids.size());
    }

    private void worked(final Round round)
    {
        if (round != null)
        {
            rest.worked(round.startedNanos(), round.finishedNanos());
        }
    }

    private Round report(final Round round)
    {
        if (round != null)
        {
            observer.accept(round);
        }
        if (round != null && round.outcome() != null)
        {
            LOG.debug("optimiser around {}: {} -> {}: {}", round.seed(), round.before(), round.after(), round.outcome());
        }
        return round;
    }
}
