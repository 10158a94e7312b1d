package dev.kairos.scenarios.solve;

import dev.kairos.scenarios.check.TrspChecker;
import dev.kairos.scenarios.check.TrspReport;
import dev.kairos.scenarios.published.PillacInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Solves a Pillac TRSP instance with the published objective, total working time (every request
 * served by a technician with its skills, from the van's own tools and parts or after a depot
 * visit, within windows and shifts), on plain arrays: cheapest insertion, then ruin and recreate
 * ({@link TrspSearch}) until the budget ends. Technicians used follow from the working time: each
 * one more drives from home and back. Timefold on the live model reached +52 % over the authors at
 * 5 s with 7 of 56 instances infeasible (benchmarks/RESULTS.md): it had no mid-route depot visit,
 * and each move paid for the live model's generality. The independent {@link TrspChecker} judges
 * the result. Given a technician count ({@link TechnicianCount}), the search holds it
 * ({@link Headcount}) and the checker counts it: a result with another count is not feasible.
 */
public final class PillacSolve
{
    /** Fixed, so only the time limit makes two runs differ; reported with every result. */
    public static final long SEED = 20_261_207L;

    private PillacSolve()
    {
    }

    /**
     * What a solve found, as the checker sees it; {@code distance} is the routes' total Euclidean
     * length, {@code restocked} the technicians who visit the depot and {@code technicians} the
     * count asked for (empty: free, it follows from working time).
     */
    public record Result(String instance, TrspReport report, List<List<Integer>> routes, double distance,
        int restocked, long seed, double seconds, OptionalInt technicians)
    {
        /** Whether the count asked for, if any, is the count used. */
        public boolean countHeld()
        {
            return technicians.isEmpty() || technicians.getAsInt() == report.techniciansUsed();
        }
    }

    public static Result solve(final PillacInstance instance, final Duration budget)
    {
        return solve(instance, budget, OptionalInt.empty());
    }

    /** With exactly {@code technicians} serving requests, when given; see {@link TechnicianCount#check}. */
    public static Result solve(final PillacInstance instance, final Duration budget, final OptionalInt technicians)
    {
        final long started = System.nanoTime();
        return solve(instance, SEED, Annealing.Budget.until(started + budget.toNanos()), started, technicians);
    }

    /** A fixed number of search steps: the same routes for a seed on any machine. */
    static Result solve(final PillacInstance instance, final long seed, final long steps)
    {
        return solve(instance, seed, steps, OptionalInt.empty());
    }

    static Result solve(final PillacInstance instance, final long seed, final long steps, final OptionalInt technicians)
    {
        return solve(instance, seed, Annealing.Budget.steps(steps), System.nanoTime(), technicians);
    }

    private static Result solve(final PillacInstance instance, final long seed, final Annealing.Budget budget,
        final long started, final OptionalInt technicians)
    {
        final Crew crew = new Crew(instance);
        final Headcount headcount = technicians.isEmpty() ? Headcount.FREE
            : Headcount.exactly(TechnicianCount.check(technicians.getAsInt(), instance));
        final TrspSearch search = new TrspSearch(crew, headcount, new Random(seed));
        final TrspSearch.Roster best = search.improve(search.construct(), budget);
        final List<List<Integer>> routes = new ArrayList<>();
        double distance = 0;
        int restocked = 0;
        for (final ShiftRoute route : best.routes())
        {
            routes.add(authorsRoute(instance, route));
            distance += route.length();
            restocked += route.depotBefore() >= 0 ? 1 : 0;
        }
        final TrspReport report = technicians.isEmpty() ? TrspChecker.check(instance, routes)
            : TrspChecker.check(instance, routes, technicians.getAsInt());
        return new Result(instance.name(), report, routes, distance, restocked, seed, (System.nanoTime() - started) / 1e9,
            technicians);
    }

    /** In the authors' numbering: home, requests and depot visit, return home. */
    private static List<Integer> authorsRoute(final PillacInstance instance, final ShiftRoute route)
    {
        final int id = route.technician() + 1;
        final List<Integer> nodes = new ArrayList<>();
        nodes.add(id);
        if (route.customers().length == 0)
        {
            return nodes;
        }
        for (final int stop : route.stops())
        {
            nodes.add(stop == Crew.DEPOT ? instance.depotVisitNode(id) : instance.technicians().size() + stop);
        }
        nodes.add(instance.returnNode(id));
        return nodes;
    }
}
