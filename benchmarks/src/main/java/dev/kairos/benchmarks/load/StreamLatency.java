package dev.kairos.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./kairos bench stream}: end to end, what a ticketing system and a console see together. New
 * tickets are posted at a constant rate (open loop) while a WebSocket client subscribed to
 * {@code plan.assigned} waits for each one's assignment, and device pings load the server in the
 * background. Latency is from each create's intended send time to the moment its assignment
 * arrives on the stream, next to the acknowledgement (201) latency of the same creates. Creates
 * that find no engineer (no assignment in their 201) are counted, not timed: they push nothing.
 */
@Command(name = "kairos bench stream", mixinStandardHelpOptions = true, sortOptions = false,
    description = "New ticket → assignment pushed on the WebSocket stream, under background load, latency from intended send time.")
public final class StreamLatency implements Callable<Integer>
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DISTINCT_TICKET_BODIES = 2_048;

    @Option(names = "--rate", defaultValue = "200", description = "New tickets per second (default ${DEFAULT-VALUE}).")
    long rate;

    @Option(names = "--background", defaultValue = "2000", description = "Location pings per second alongside, 0 for none (default ${DEFAULT-VALUE}).")
    long background;

    @Option(names = "--duration", defaultValue = "10s", converter = DurationConverter.class, description = "Measured time (default ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "5s", converter = DurationConverter.class, description = "Unmeasured time first, at the same rates (default ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--engineers", defaultValue = "1000", description = "Engineers in the city (default ${DEFAULT-VALUE}).")
    int engineers;

    @Option(names = "--optimiser", negatable = true, defaultValue = "false", fallbackValue = "true",
        description = "Run Kairos's Timefold optimiser too (default off).")
    boolean optimiser;

    @Option(names = "--seed", defaultValue = "20261123", description = "Seed of the city and its tickets (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Write the figures as JSON to this file.")
    Path json;

    public static void main(final String[] args)
    {
        System.exit(new CommandLine(new StreamLatency()).execute(args));
    }

    @Override
    public Integer call() throws Exception
    {
        final Map<String, Object> report = run();
        System.out.println(summary(report));
        if (json != null)
        {
            Files.write(json, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
        }
        return 0;
    }

    /** One whole measurement on a fresh in-process Kairos; the figures, as the JSON report has them. */
    Map<String, Object> run() throws Exception
    {
        final LoadWorkload workload = new LoadWorkload(seed, engineers, System.currentTimeMillis());
        final List<LoadWorkload.Body> tickets = workload.tickets(DISTINCT_TICKET_BODIES);
        final int inFlight = 64;
        final int connections = 8;
        try (Target kairos = Target.kairosInProcess(connections * inFlight, optimiser);
             AssignmentListener listener = AssignmentListener.open(kairos))
        {
            new Setup(kairos).putEngineers(workload.engineers());
            final OpenLoopSchedule creates = new OpenLoopSchedule(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50),
                rate, warmup.toNanos(), duration.toNanos());
            final CompletableFuture<RunResult> pings = background(kairos, workload, connections, inFlight);
            final Outcomes outcomes = postAll(kairos, creates, tickets, listener);
            final RunResult backgroundResult = pings == null ? null : pings.get();
            return report(creates, outcomes, backgroundResult);
        }
    }

    private CompletableFuture<RunResult> background(
        final Target kairos, final LoadWorkload workload, final int connections, final int inFlight)
    {
        if (background <= 0)
        {
            return null;
        }
        final byte[] kinds = Mix.parse("create=0,ping=1,read=0").sequence(seed);
        final RequestTemplates templates = new RequestTemplates(kairos.hostHeader(), kairos.apiKey(), List.of(),
            workload.pings(engineers * 16), List.of());
        return CompletableFuture.supplyAsync(() ->
        {
            try (templates; LoadClient client = new LoadClient(kairos.address(), connections, inFlight, 0))
            {
                return client.run("background pings", new RunSpec(background, warmup, duration, Duration.ofSeconds(5)), kinds, templates);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        });
    }

    /** Posts every create when it is due, from this thread; the answers and stream events join in {@link Outcomes}. */
    private Outcomes postAll(
        final Target kairos, final OpenLoopSchedule schedule, final List<LoadWorkload.Body> tickets, final AssignmentListener listener)
        throws InterruptedException
    {
        final Outcomes outcomes = new Outcomes(schedule);
        try (CreateClient client = new CreateClient(kairos, tickets, 4, outcomes::acknowledged))
        {
            schedule.sendOnTime(client::send);
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!outcomes.allSettled(listener) && System.nanoTime() < deadline)
            {
                Thread.sleep(10);
            }
        }
        return outcomes;
    }
    private Map<String, Object> report(final OpenLoopSchedule schedule, final Outcomes outcomes, final RunResult pings)
    {
        final Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        report.put("machine", LoadReport.Machine.current());
        report.put("command", "kairos bench stream");
        report.put("optimiser", optimiser);
        report.put("engineers", engineers);
        report.put("createsPerSecond", rate);
        report.put("backgroundPingsPerSecond", background);
        report.put("measuredCreates", schedule.measuredCount());
        report.put("assigned", outcomes.endToEnd.getTotalCount());
        report.put("unassigned", outcomes.unassigned.get());
        report.put("failed", outcomes.failed.get());
        report.put("unanswered", schedule.measuredCount() - outcomes.ack.getTotalCount() - outcomes.failed.get());
        report.put("missingEvents", outcomes.missing());
        report.put("ackMicros", Percentiles.of(outcomes.ack));
        report.put("assignmentPushedMicros", Percentiles.of(outcomes.endToEnd));
        if (pings != null)
        {
            report.put("backgroundAchievedPerSecond", pings.achievedRate());
            report.put("backgroundPingMicros", pings.latency());
        }
        return report;
    }

    private static String summary(final Map<String, Object> report)
    {
        return "kairos bench stream " + report.get("date") + ": optimiser " + ((boolean)report.get("optimiser") ? "on" : "off")
            + ", " + report.get("engineers") + " engineers, " + report.get("createsPerSecond") + " creates/s, "
            + report.get("backgroundPingsPerSecond") + " pings/s in the background\n"
            + "measured creates " + report.get("measuredCreates") + ": assigned " + report.get("assigned")
            + ", unassigned " + report.get("unassigned") + ", failed " + report.get("failed")
            + ", unanswered " + report.get("unanswered")
            + ", assignment never seen on the stream " + report.get("missingEvents") + "\n"
            + "ack (201)             " + describe((Percentiles)report.get("ackMicros")) + "\n"
            + "assignment on stream  " + describe((Percentiles)report.get("assignmentPushedMicros")) + "\n"
            + (report.containsKey("backgroundPingMicros")
                ? "background pings      " + describe((Percentiles)report.get("backgroundPingMicros"))
                    + String.format(" at %,.0f/s%n", (double)report.get("backgroundAchievedPerSecond"))
                : "");
    }

    static String describe(final Percentiles p)
    {
        return String.format("p50 %s  p90 %s  p99 %s  p99.9 %s  max %s",
            PrintTable.micros(p.p50()), PrintTable.micros(p.p90()), PrintTable.micros(p.p99()),
            PrintTable.micros(p.p999()), PrintTable.micros(p.max()));
    }

    /**
     * What became of each create: its 201 (with the ticket id and whether the fast path assigned
     * it) and the stream event, which may come first. Joined by ticket id; any thread.
     */
    private static final class Outcomes
    {
        private final OpenLoopSchedule schedule;
        private final Histogram ack = new Histogram(LatencyRecorder.HIGHEST_NANOS, 3);
        private final Histogram endToEnd = new Histogram(LatencyRecorder.HIGHEST_NANOS, 3);
        private final Map<String, Long> awaitingEvent = new ConcurrentHashMap<>();
        private final AtomicLong settled = new AtomicLong();
        private final AtomicLong unassigned = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();

        Outcomes(final OpenLoopSchedule schedule)
        {
            this.schedule = schedule;
        }

        void acknowledged(final long index, final int status, final String body)
        {
            final long now = System.nanoTime();
            final boolean measured = schedule.isMeasured(index);
            if (status != 201)
            {
                count(measured, failed);
                return;
            }
            synchronized (ack)
            {
                if (measured)
                {
                    ack.recordValue(Math.min(LatencyRecorder.HIGHEST_NANOS, schedule.latencyNanos(index, now)));
                }
            }
            final JsonNode created = read(body);
            if (created.path("assignment").isNull() || created.path("assignment").isMissingNode())
            {
                count(measured, unassigned);
                return;
            }
            if (measured)
            {
                awaitingEvent.put(created.path("id").asText(), schedule.intendedNanos(index));
            }
            else
            {
                settled.incrementAndGet();
            }
        }

        /** Whether every create has its answer and every assigned one its event; joins what it can. */
        boolean allSettled(final AssignmentListener listener)
        {
            awaitingEvent.entrySet().removeIf(entry ->
            {
                final Long arrived = listener.arrivalOf(entry.getKey());
                if (arrived == null)
                {
                    return false;
                }
                synchronized (endToEnd)
                {
                    endToEnd.recordValue(Math.min(LatencyRecorder.HIGHEST_NANOS, Math.max(0, arrived - entry.getValue())));
                }
                settled.incrementAndGet();
                return true;
            });
            return settled.get() + unassigned.get() + failed.get() == schedule.totalCount();
        }

        long missing()
        {
            return awaitingEvent.size();
        }

        private void count(final boolean measured, final AtomicLong counter)
        {
            if (measured)
            {
                counter.incrementAndGet();
            }
            else
            {
                settled.incrementAndGet();
            }
        }

        private static JsonNode read(final String body)
        {
            try
            {
                return JSON.readTree(body);
            }
            catch (final IOException ex)
            {
                throw new IllegalStateException("a 201 that is not JSON", ex);
            }
        }
    }
}
