package dev.kairos.benchmarks;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.journal.Journal;
import dev.kairos.solver.journal.JournalSync;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What each journal sync policy costs an acknowledgement: one append, as the engine makes it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class JournalSyncBenchmark
{
    @Param({"NONE", "ASYNC", "SYNC"})
    public JournalSync sync;

    private Path folder;
    private Journal journal;
    private List<Command> commands;
    private int next;

    @Setup(Level.Trial)
    public void setUp()
    {
        commands = Workload.mix(Workload.city(100), 4_096);
        folder = Workload.tempFolder("kairos-sync-bench");
        journal = Journal.open(folder.resolve("journal"), sync);
        journal.replay((command, effects, position) -> { });
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        journal.close();
        Workload.delete(folder);
    }

    @Benchmark
    public long append()
    {
        final Command command = commands.get(next++ & (commands.size() - 1));
        return journal.append(command, command instanceof CreateTicket ? new Effects("T-1") : Effects.NONE);
    }
}
