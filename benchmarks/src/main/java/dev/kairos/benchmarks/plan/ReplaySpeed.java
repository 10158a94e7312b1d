package dev.kairos.benchmarks.plan;

import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.CityGenerator;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.city.TicketStream;
import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.journal.Journal;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.StateDigest;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code ./kairos bench replay --records N}: writes a journal of N commands through the real engine
 * (location pings, new tickets planned by the fast path, cancellations keeping ~5,000 open), then
 * replays it into a fresh state the way a restart does, and reports records per second.
 */
@CommandLine.Command(name = "replay", mixinStandardHelpOptions = true, description = "Journal replay speed.")
public final class ReplaySpeed implements Callable<Integer>
{
    @Option(names = "--records", defaultValue = "1000000")
    long records;

    @Option(names = "--engineers", defaultValue = "1000")
    int engineers;

    @Option(names = "--seed", defaultValue = "20261123")
    long seed;

    @Option(names = "--snapshot-every", defaultValue = "1000000",
        description = "The writing engine snapshots every N commands (and at close); then start with snapshots is measured too. 0: none.")
    long snapshotEvery;

    @Option(names = "--runs", defaultValue = "3", description = "Full replays measured (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--journal", description = "Keep the journal in DIR (DIR/journal, its digest in DIR/digest) and, when DIR "
        + "already holds one, replay it without writing: so builds can be compared on the very same records.")
    Path keep;

    public static void main(final String[] args)
    {
        System.exit(new CommandLine(new ReplaySpeed()).execute(args));
    }

    @Override
    public Integer call() throws Exception
    {
        final Path folder = (keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("kairos-replay-bench"))
            .resolve("journal");
        final Path snapshots = folder.resolveSibling("snapshots");
        final Path digestFile = folder.resolveSibling("digest");
        if (keep != null && Files.exists(digestFile))
        {
            final String digest = Files.readString(digestFile).strip();
            System.out.printf("replaying the journal kept in %s (not written again)%n", keep);
            replays(folder, digest);
            return 0;
        }
        final long start = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli();
        final CityProfile demo = CityProfile.demo(seed);
        final City city = new CityGenerator(new CityProfile(seed, demo.centre(), 25, 5, engineers, 12, 3_600)).build(start);
        final String written;
        final long writeStarted = System.nanoTime();
        final EngineContext context = new EngineContext().journalFolder(folder)
            .clock(InstantSource.fixed(Instant.EPOCH)).inboxCapacity(65_536);
        if (snapshotEvery > 0)
        {
            context.snapshotFolder(snapshots).snapshotEvery(snapshotEvery).snapshotsKept(Integer.MAX_VALUE);
        }
        final SnapshotStart.Written snapshotsWritten = new SnapshotStart.Written();
        try (EngineHost engine = EngineHost.start(context))
        {
            snapshotsWritten.watch(engine);
            city.depots().forEach(engine::call);
            city.engineers().forEach(engine::call);
            final TicketStream tickets = new TicketStream(city, seed);
            final Random random = new Random(seed);
            long created = 0;
            for (long i = city.engineers().size() + city.depots().size(); i < records; i++)
            {
                final long at = start + i / 10;
                final Command command;
                if (i % 20 == 0)
                {
                    command = tickets.next(at);
                    created++;
                }
                else if (i % 20 == 10 && created > 5_000)
                {
                    command = new CancelTicket(at, "T-" + (created - 5_000), null);
                }
                else
                {
                    final PutEngineer engineer = city.engineers().get(random.nextInt(city.engineers().size()));
                    final Location home = engineer.spec().home();
                    command = new EngineerLocation(at, engineer.engineerId(),
                        new Location(home.lat() + random.nextGaussian() * 0.01, home.lon() + random.nextGaussian() * 0.01), at);
                }
                while (engine.submit(command) == null)
                {
                    Thread.onSpinWait();
                }
                if (i % 10_000 == 0)
                {
                    snapshotsWritten.poll();
                }
            }
            written = engine.ask(StateDigest::of);
            snapshotsWritten.poll();
        }
        snapshotsWritten.poll();
        final double writeSeconds = (System.nanoTime() - writeStarted) / 1e9;
        System.out.printf("wrote %,d commands through the engine in %.1f s (%,.0f/s)%n", records, writeSeconds, records / writeSeconds);
        if (keep != null)
        {
            Files.writeString(digestFile, written + "\n");
        }
        replays(folder, written);
        if (snapshotEvery > 0)
        {
            SnapshotStart.measure(folder, snapshots, written, snapshotsWritten);
        }
        return 0;
    }

    /** Full replays into fresh states, as a restart does, with what each allocated on this thread. */
    private void replays(final Path folder, final String expected)
    {
        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)java.lang.management.ManagementFactory.getThreadMXBean();
        final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean)java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= runs; run++)
        {
            final LiveState state = new LiveState();
            final long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            final long gcBefore = gcMillis();
            final long cpuBefore = threads.getCurrentThreadCpuTime();
            final long processBefore = os.getProcessCpuTime();
            final long started = System.nanoTime();
            final long position;
            try (Journal journal = Journal.open(folder))
            {
                position = journal.replay(dev.kairos.solver.journal.RecordHandler.applying(state));
            }
            final double seconds = (System.nanoTime() - started) / 1e9;
            final double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
            final double processSeconds = (os.getProcessCpuTime() - processBefore) / 1e9;
            final double gcSeconds = (gcMillis() - gcBefore) / 1e3;
            final long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            final String digest = StateDigest.of(state);
            final boolean same = digest.equals(expected);
            // On a shared machine the wall time swings with the neighbours; the replaying thread's CPU time, the
            // collector's pauses and the whole process's CPU time (the collector's threads, concurrent marking and
            // the compiler included) say what the code itself cost.
            System.out.printf("replay %d: %,d records in %.2f s = %,.0f records/s (thread CPU %.2f s = %,.0f records/s; GC %.2f s;"
                    + " process CPU %.2f s), %,.0f bytes allocated a record, digest %s%n", run, position, seconds, position / seconds,
                cpuSeconds, position / cpuSeconds, gcSeconds, processSeconds, (double)allocated / Math.max(1, position),
                // A kept journal's digest file goes stale when a later build adds to the state: say what this build got.
                same ? "matches" : "DIFFERS (" + digest + ", expected " + expected + ")");
        }
    }

    private static long gcMillis()
    {
        long millis = 0;
        for (final java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans())
        {
            millis += Math.max(0, gc.getCollectionTime());
        }
        return millis;
    }
}
