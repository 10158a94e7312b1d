package dev.kairos.benchmarks;

import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.CityGenerator;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.city.TicketStream;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.planning.Insertion;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.improve.SolutionBuilder;
import dev.kairos.solver.planning.improve.SubProblem;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What an optimiser round does before Timefold solves: read the sub-problem (the engine thread's
 * query: a seed engineer, its 3 nearest colleagues, up to 12 unassigned tickets, the fleet) and
 * build the model from it (the optimiser's thread: travel matrix, visits, and for each routine
 * visit the nearest qualified engineer's drive over the whole fleet, {@code Reach}). The live plan
 * is {@code engineers} routes holding {@code tickets} open tickets, placed by the fast path as at a
 * cold start; each call seeds the next engineer in turn. One thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SubProblemBenchmark
{
    /** The engine time the cold start plans at: an hour into the day. */
    public static final long NOW = Workload.DAY_START + 3_600_000L;

    @Param({"100:500", "1000:5000"})
    public String size;

    private LiveState state;
    private List<String> seeds;
    private long now;
    private int next;

    @Setup(Level.Trial)
    public void setUp()
    {
        state = coldStart(Integer.parseInt(size.split(":")[0]), Integer.parseInt(size.split(":")[1]));
        now = NOW;
        seeds = new ArrayList<>();
        for (final Engineer engineer : state.engineers())
        {
            seeds.add(engineer.id());
        }
        // How many visits a build scans the fleet for: says what the per-visit cost multiplies by.
        long visits = 0;
        long routine = 0;
        for (int i = 0; i < 100; i++)
        {
            for (final dev.kairos.solver.planning.domain.Visit visit : readAndBuild().getVisits())
            {
                visits++;
                routine += visit.isRoutine() ? 1 : 0;
            }
        }
        System.out.printf("%n%s: %.1f visits a sub-problem, %.1f of them routine%n", size, visits / 100.0, routine / 100.0);
        next = 0;
    }

    /** A demo-like city's depots and engineers, and {@code tickets} open tickets placed by the fast path at {@link #NOW}. */
    public static LiveState coldStart(final int engineers, final int tickets)
    {
        final CityProfile demo = CityProfile.demo(Workload.SEED);
        final City city = new CityGenerator(new CityProfile(Workload.SEED, demo.centre(), 25, 5, engineers, 12, 3_600))
            .build(Workload.DAY_START);
        final LiveState state = new LiveState();
        long position = 0;
        for (final PutDepot depot : city.depots())
        {
            state.apply(depot, Effects.NONE, ++position);
        }
        for (final PutEngineer engineer : city.engineers())
        {
            state.apply(engineer, Effects.NONE, ++position);
        }
        final TicketStream stream = new TicketStream(city, Workload.SEED);
        for (int i = 0; i < tickets; i++)
        {
            final CreateTicket create = stream.next(NOW);
            final String id = state.nextTicketId();
            final Insertion.Placement placement = Insertion.place(state, id, create.spec(), NOW);
            state.apply(create, new Effects(id, placement.routes(), placement.unassignedReason()), ++position);
        }
        return state;
    }

    /** The engine thread's query alone: the part of a round that holds up commands. */
    @Benchmark
    public SubProblem read()
    {
        return SubProblem.around(state, seeds.get(next++ % seeds.size()), 4, 12, now);
    }

    /** The engine thread's query and the optimiser thread's build, as one round does them. */
    @Benchmark
    public DispatchSolution readAndBuild()
    {
        final String seed = seeds.get(next++ % seeds.size());
        return SolutionBuilder.build(SubProblem.around(state, seed, 4, 12, now));
    }
}
