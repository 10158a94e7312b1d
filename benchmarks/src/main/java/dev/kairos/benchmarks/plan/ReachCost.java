package dev.kairos.benchmarks.plan;

import dev.kairos.benchmarks.SubProblemBenchmark;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.planning.Insertion;
import dev.kairos.solver.planning.PickUps;
import dev.kairos.solver.planning.Reach;
import dev.kairos.solver.planning.domain.Visit;
import dev.kairos.solver.planning.improve.SolutionBuilder;
import dev.kairos.solver.planning.improve.SubProblem;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./kairos bench reach}: what the routine-drive rule's nearest-engineer look-ups cost an optimiser
 * round's model build ({@link SolutionBuilder}), in CPU time of this thread, so that other work on a
 * shared machine does not count. One sub-problem per engineer as seed (4 engineers, up to 12 unassigned
 * tickets, as a round reads it) from the fast path's cold start of a demo-like city; passes alternate
 * the whole-fleet scan (as {@code Reach.nearestMillis} does it) with the scan that stops once the limit
 * is settled, on the same routine visits, and check that both give every visit the same limit. The
 * engine thread's read of the sub-problem and the whole build are timed too, for scale.
 */
@CommandLine.Command(name = "reach", mixinStandardHelpOptions = true, description = "Cost of the routine-drive rule's fleet scans.")
public final class ReachCost implements Callable<Integer>
{
    @Option(names = "--sizes", defaultValue = "100x500,1000x5000", split = ",",
        description = "engineers x open tickets (default ${DEFAULT-VALUE}).")
    List<String> sizes;

    @Option(names = "--passes", defaultValue = "20", description = "Timed passes over every sub-problem, per variant (default ${DEFAULT-VALUE}).")
    int passes;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long sink;

    public static void main(final String[] args)
    {
        System.exit(new CommandLine(new ReachCost()).execute(args));
    }

    @Override
    public Integer call()
    {
        System.out.printf("reach cost: %d passes a variant, CPU time of one thread, %d cores, %s%n", passes,
            Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.println("| engineers × open tickets | routine visits a build | settled by the sub-problem's engineers | nearest beyond 10 min "
            + "| read (median µs) | build (median µs) | whole-fleet scans (median µs) | scans that stop (median µs) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (final String size : sizes)
        {
            final String[] parts = size.split("x");
            if (!measure(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])))
            {
                return 1;
            }
        }
        return 0;
    }

    private boolean measure(final int engineerCount, final int ticketCount)
    {
        final LiveState state = SubProblemBenchmark.coldStart(engineerCount, ticketCount);
        final long now = SubProblemBenchmark.NOW;
        final List<SubProblem> problems = new ArrayList<>();
        final List<List<TicketSpec>> routine = new ArrayList<>();
        int visits = 0;
        int settledNear = 0;
        int beyond = 0;
        for (final Engineer seed : state.engineers())
        {
            final SubProblem problem = SubProblem.around(state, seed.id(), 4, 12, now);
            final List<TicketSpec> specs = new ArrayList<>();
            for (final Visit visit : SolutionBuilder.build(problem).getVisits())
            {
                if (visit.isRoutine())
                {
                    final TicketSpec spec = problem.tickets().get(visit.getTicketId());
                    specs.add(spec);
                    settledNear += wholeScan(problem.engineers(), spec, now, problem) <= 10 * 60_000L ? 1 : 0;
                    beyond += wholeScan(problem.fleet(), spec, now, problem) > 10 * 60_000L ? 1 : 0;
                }
            }
            visits += specs.size();
            problems.add(problem);
            routine.add(specs);
        }
        // Same limits both ways, or the figures below compare different work.
        for (int p = 0; p < problems.size(); p++)
        {
            final SubProblem problem = problems.get(p);
            for (final TicketSpec spec : routine.get(p))
            {
                final long whole = Reach.routineLimitMillis(wholeScan(problem.fleet(), spec, now, problem));
                final long stopping = Reach.routineLimitMillis(problem.engineers(), problem.fleet(), spec, now, problem.travel(),
                    problem::depots);
                if (whole != stopping)
                {
                    System.out.printf("MISMATCH at %d engineers: %s limit %d against %d%n", engineerCount, spec.location(), stopping, whole);
                    return false;
                }
            }
        }
        final long[] read = new long[passes];
        final long[] build = new long[passes];
        final long[] whole = new long[passes];
        final long[] stopping = new long[passes];
        for (int pass = -3; pass < passes; pass++)
        {
            // The first three passes warm the JIT and are not kept; the order alternates.
            final boolean wholeFirst = pass % 2 == 0;
            final long r = readPass(state, now);
            final long b = buildPass(problems);
            final long first = wholeFirst ? scanPass(problems, routine, now, true) : 0;
            final long s = scanPass(problems, routine, now, false);
            final long w = wholeFirst ? first : scanPass(problems, routine, now, true);
            if (pass >= 0)
            {
                read[pass] = r / problems.size();
                build[pass] = b / problems.size();
                whole[pass] = w / problems.size();
                stopping[pass] = s / problems.size();
            }
        }
        System.out.printf("| %,d × %,d | %.1f | %.0f %% | %.1f %% | %.1f | %.1f | %.1f | %.1f |%n", engineerCount, ticketCount,
            visits / (double)problems.size(), 100.0 * settledNear / visits, 100.0 * beyond / visits,
            median(read) / 1e3, median(build) / 1e3, median(whole) / 1e3, median(stopping) / 1e3);
        return true;
    }

    /** The engine thread's query for every seed, for scale: what a round costs before the build. */
    private long readPass(final LiveState state, final long now)
    {
        final long start = threads.getCurrentThreadCpuTime();
        for (final Engineer seed : state.engineers())
        {
            sink += SubProblem.around(state, seed.id(), 4, 12, now).unassigned().size();
        }
        return threads.getCurrentThreadCpuTime() - start;
    }

    private long buildPass(final List<SubProblem> problems)
    {
        final long start = threads.getCurrentThreadCpuTime();
        for (final SubProblem problem : problems)
        {
            sink += SolutionBuilder.build(problem).getVisits().size();
        }
        return threads.getCurrentThreadCpuTime() - start;
    }

    private long scanPass(final List<SubProblem> problems, final List<List<TicketSpec>> routine, final long now, final boolean whole)
    {
        final long start = threads.getCurrentThreadCpuTime();
        for (int p = 0; p < problems.size(); p++)
        {
            final SubProblem problem = problems.get(p);
            for (final TicketSpec spec : routine.get(p))
            {
                sink += whole ? Reach.routineLimitMillis(wholeScan(problem.fleet(), spec, now, problem))
                    : Reach.routineLimitMillis(problem.engineers(), problem.fleet(), spec, now, problem.travel(), problem::depots);
            }
        }
        return threads.getCurrentThreadCpuTime() - start;
    }

    /** The nearest qualified engineer's drive over all of {@code engineers}, as session 10's {@code Reach.nearestMillis} finds it. */
    private static long wholeScan(final Collection<Engineer> engineers, final TicketSpec spec, final long now, final SubProblem problem)
    {
        long nearest = Reach.NO_ONE;
        final java.util.function.Supplier<List<PickUps.DepotStock>> depots = problem::depots;
        for (final Engineer engineer : engineers)
        {
            final long lastReturn = engineer.spec().shift().end() + engineer.spec().shift().maxOvertimeMinutes() * 60_000L;
            if (lastReturn > now && Insertion.canServe(engineer, spec, depots))
            {
                nearest = Math.min(nearest, problem.travel().millis(engineer.location(), spec.location()));
            }
        }
        return nearest;
    }

    private static double median(final long[] values)
    {
        final long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }
}
