package dev.kairos.benchmarks;

import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.CityGenerator;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.city.TicketStream;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.planning.Insertion;
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
 * The fast path's decision alone, as the engine thread makes it for a new ticket: cheapest feasible
 * insertion into a live plan of {@code engineers} routes holding {@code tickets} open tickets (built
 * by the same insertion, as at a cold start). Engine time, no queueing; one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InsertionBenchmark
{
    @Param({"100:500", "1000:5000"})
    public String size;

    private LiveState state;
    private List<CreateTicket> arrivals;
    private int next;

    @Setup(Level.Trial)
    public void setUp()
    {
        final int engineers = Integer.parseInt(size.split(":")[0]);
        final int tickets = Integer.parseInt(size.split(":")[1]);
        final CityProfile demo = CityProfile.demo(Workload.SEED);
        final City city = new CityGenerator(new CityProfile(Workload.SEED, demo.centre(), 25, 5, engineers, 12, 3_600))
            .build(Workload.DAY_START);
        state = new LiveState();
        long position = 0;
        for (final PutEngineer engineer : city.engineers())
        {
            state.apply(engineer, Effects.NONE, ++position);
        }
        final TicketStream stream = new TicketStream(city, Workload.SEED);
        final long now = Workload.DAY_START + 3_600_000L;
        for (int i = 0; i < tickets; i++)
        {
            final CreateTicket create = stream.next(now);
            final String id = state.nextTicketId();
            final Insertion.Placement placement = Insertion.place(state, id, create.spec(), now);
            state.apply(create, new Effects(id, placement.routes(), placement.unassignedReason()), ++position);
        }
        arrivals = new ArrayList<>();
        for (int i = 0; i < 1_024; i++)
        {
            arrivals.add(stream.next(now));
        }
    }

    @Benchmark
    public Insertion.Placement placeNewTicket()
    {
        final CreateTicket create = arrivals.get(next++ & 1_023);
        return Insertion.place(state, "T-new", create.spec(), create.at());
    }
}
