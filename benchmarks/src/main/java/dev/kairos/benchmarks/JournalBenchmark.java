package dev.kairos.benchmarks;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.journal.Journal;
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
 * Appending a record (frame, CRC32C, Chronicle document) from one thread, as the engine does;
 * and replaying a journal of 100,000 such records. Chronicle's default sync policy (none: the
 * record is in the page cache when append returns).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1) // forks inherit the launcher's --add-opens flags
public class JournalBenchmark
{
    static final int REPLAY_RECORDS = 100_000;

    private Path folder;
    private Journal journal;
    private List<Command> commands;
    private int next;
    private Path replayFolder;

    @Setup(Level.Trial)
    public void setUp()
    {
        commands = Workload.mix(Workload.city(100), 4_096);
        folder = Workload.tempFolder("kairos-journal-bench");
        journal = Journal.open(folder.resolve("journal"));
        journal.replay((command, effects, position) -> { });

        replayFolder = Workload.tempFolder("kairos-replay-bench");
        try (Journal source = Journal.open(replayFolder.resolve("journal")))
        {
            source.replay((command, effects, position) -> { });
            for (int i = 0; i < REPLAY_RECORDS; i++)
            {
                source.append(commands.get(i % commands.size()), Effects.NONE);
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        journal.close();
        Workload.delete(folder);
        Workload.delete(replayFolder);
    }

    @Benchmark
    public long append()
    {
        final Command command = commands.get(next++ & (commands.size() - 1));
        return journal.append(command, command instanceof CreateTicket ? new Effects("T-1") : Effects.NONE);
    }

    /** One operation replays all 100,000 records: records/s = 100,000 / (time per op). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long replay100k()
    {
        try (Journal replay = Journal.open(replayFolder.resolve("journal")))
        {
            return replay.replay((command, effects, position) -> { });
        }
    }
}
