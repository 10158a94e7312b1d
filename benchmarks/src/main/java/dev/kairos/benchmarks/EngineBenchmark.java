package dev.kairos.benchmarks;

import dev.kairos.scenarios.city.City;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.state.LiveState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The engine's work per command. {@code apply}: state change alone, on the benchmark thread
 * (5,000 open tickets, 100 engineers, twenty pings per ticket). {@code roundTrip}: a caller
 * offers a command and waits for the reply: inbox hand-off, decide, journal append, apply, reply
 * (engine thread with its default back-off idle strategy, no optimiser running).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1) // forks inherit the launcher's --add-opens flags
public class EngineBenchmark
{
    private static final int OPEN_TICKETS = 5_000;

    private List<Command> commands;
    private LiveState state;
    private long position;
    private int next;
    private Path folder;
    private EngineHost host;

    @Setup(Level.Trial)
    public void setUp()
    {
        final City city = Workload.city(100);
        commands = Workload.mix(city, 8_192);
        state = new LiveState();
        for (final PutEngineer engineer : city.engineers())
        {
            state.apply(engineer, Effects.NONE, ++position);
        }
        folder = Workload.tempFolder("kairos-engine-bench");
        host = EngineHost.start(new EngineContext().clock(java.time.InstantSource.fixed(java.time.Instant.ofEpochMilli(Workload.DAY_START))).journalFolder(folder.resolve("journal")));
        for (final PutEngineer engineer : city.engineers())
        {
            host.call(engineer);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        host.close();
        Workload.delete(folder);
    }

    @Benchmark
    public Object apply()
    {
        final int i = next++;
        final Command command = commands.get(i & (commands.size() - 1));
        // Ticket ids cycle so the open-ticket count holds steady instead of growing with the run.
        final Effects effects = command instanceof CreateTicket ? new Effects("T-" + (i % OPEN_TICKETS)) : Effects.NONE;
        return state.apply(command, effects, ++position);
    }

    @Benchmark
    public Outcome roundTrip()
    {
        return host.call(commands.get(next++ & (commands.size() - 1)));
    }
}
