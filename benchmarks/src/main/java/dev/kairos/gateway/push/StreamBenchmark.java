package dev.kairos.gateway.push;

import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.CityGenerator;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.city.TicketStream;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.journal.JournalReader;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What a resume from before the ring costs, and what the tail costs at start: reading a journal of
 * 100,000 records a real engine wrote (the demo city, 100 engineers, twenty pings per new ticket,
 * the fast path's routes in the effects) from its first record: only reading, taking records in
 * without rendering events, and turning each into events rendered as JSON. One operation reads all of it: records/s = 100,000 / (time per op). Lives in
 * the push package to reach the package-private mapper.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StreamBenchmark
{
    static final int RECORDS = 100_000;
    private static final long SEED = 20261123L;
    private static final long DAY_START = Instant.parse("2026-11-23T07:00:00Z").toEpochMilli();

    private Path folder;

    @Setup(Level.Trial)
    public void setUp() throws IOException
    {
        folder = Files.createTempDirectory("kairos-stream-bench");
        final CityProfile demo = CityProfile.demo(SEED);
        final City city = new CityGenerator(new CityProfile(SEED, demo.centre(), demo.radiusKm(), demo.depots(), 100,
            demo.hotspots(), 3_600)).build(DAY_START);
        final TicketStream tickets = new TicketStream(city, SEED);
        final Random random = new Random(SEED);
        try (EngineHost engine = EngineHost.start(new EngineContext().journalFolder(folder.resolve("journal"))
            .clock(InstantSource.fixed(Instant.ofEpochMilli(DAY_START)))))
        {
            city.depots().forEach(engine::call);
            city.engineers().forEach(engine::call);
            final ArrayDeque<CompletableFuture<Outcome>> inFlight = new ArrayDeque<>();
            long at = DAY_START;
            for (long sent = engine.position(); sent < RECORDS; sent++)
            {
                at++;
                final Command command;
                if (at % 21 == 0)
                {
                    command = tickets.next(at);
                }
                else
                {
                    final PutEngineer engineer = city.engineers().get(random.nextInt(city.engineers().size()));
                    final Location home = engineer.spec().home();
                    command = new EngineerLocation(at, engineer.engineerId(),
                        new Location(home.lat() + random.nextGaussian() * 0.01, home.lon() + random.nextGaussian() * 0.01), at);
                }
                CompletableFuture<Outcome> reply;
                while ((reply = engine.submit(command)) == null)
                {
                    inFlight.poll().join();
                }
                inFlight.add(reply);
                if (inFlight.size() >= 1_024)
                {
                    inFlight.poll().join();
                }
            }
            inFlight.forEach(CompletableFuture::join);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        dev.kairos.solver.journal.Folders.delete(folder);
    }

    /** Open, verify and decode every record: the part a position→index map could skip. */
    @Benchmark
    public long read100k()
    {
        try (JournalReader reader = JournalReader.open(folder.resolve("journal")))
        {
            int read;
            do
            {
                read = reader.poll((command, effects, position) -> { }, 4_096);
            }
            while (read > 0);
            return reader.lastPosition();
        }
    }

    /** The same, plus mapping every record to events rendered as JSON: what a catch-up scan and the tail's start do. */
    @Benchmark
    public long map100k()
    {
        final long[] events = new long[1];
        final EventMapper mapper = new EventMapper();
        try (JournalReader reader = JournalReader.open(folder.resolve("journal")))
        {
            int read;
            do
            {
                // Rendered as a subscriber's read would: mapping alone leaves the JSON to the first reader.
                read = reader.poll((command, effects, position) ->
                {
                    for (final Event event : mapper.map(command, effects, position))
                    {
                        events[0] += event.json().length > 0 ? 1 : 0;
                    }
                }, 4_096);
            }
            while (read > 0);
        }
        return events[0];
    }

    /** Taking every record in without rendering events: what a catch-up does up to the resume point, and the tail's quiet start. */
    @Benchmark
    public long remember100k()
    {
        final EventMapper mapper = new EventMapper();
        try (JournalReader reader = JournalReader.open(folder.resolve("journal")))
        {
            int read;
            do
            {
                read = reader.poll(mapper::remember, 4_096);
            }
            while (read > 0);
            return reader.lastPosition();
        }
    }
}
