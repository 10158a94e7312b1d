package dev.kairos.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.HdrHistogram.Histogram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./kairos bench fanout}: one event to N subscribed WebSocket sessions. For each N, a fresh
 * in-process Kairos takes new tickets at a constant rate (open loop) while N sessions, all
 * subscribed to {@code ticket.created}, receive each ticket's event. Latency runs from the create's
 * intended send time to each delivery, and to the moment the last of the N has it; the server's
 * CPU (its {@code kairos-*} threads) is charged per event and per delivery. The clients share the
 * machine, so their CPU is reported too.
 */
@Command(name = "kairos bench fanout", mixinStandardHelpOptions = true, sortOptions = false,
    description = "One event to N WebSocket subscribers: deliveries/s, latency from the create's intended send time, server CPU per delivery.")
public final class FanOut implements Callable<Integer>
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVER_THREADS = "kairos-";
    /** The server's event loops: they write every delivery, and block in epoll rather than spin when idle. */
    private static final String IO_THREADS = "kairos-io";
    /** What the threads do when idle: the figures depend on it, so every report says it. */
    static final String IDLE = "engine: back-off, park <= 500 us, woken by an offer; journal tail: back-off to 1 ms parks while"
        + " a session is subscribed; event loops: epoll wait";

    @Option(names = "--subscribers", split = ",", defaultValue = "1,10,100,1000",
        description = "Subscriber counts, one step each (default ${DEFAULT-VALUE}).")
    List<Integer> subscribers;

    @Option(names = "--rate", defaultValue = "100", description = "New tickets (so events) per second (default ${DEFAULT-VALUE}).")
    long rate;

    @Option(names = "--duration", defaultValue = "10s", converter = DurationConverter.class, description = "Measured time per step (default ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "3s", converter = DurationConverter.class, description = "Unmeasured time first (default ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--engineers", defaultValue = "100", description = "Engineers in the city (default ${DEFAULT-VALUE}).")
    int engineers;

    @Option(names = "--seed", defaultValue = "20261123", description = "Seed of the city and its tickets (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Write the figures as JSON to this file.")
    Path json;

    public static void main(final String[] args)
    {
        System.exit(new CommandLine(new FanOut()).execute(args));
    }

    @Override
    public Integer call() throws Exception
    {
        final List<Map<String, Object>> steps = new ArrayList<>();
        System.out.printf("kairos bench fanout %s: %d creates/s, %d engineers, optimiser off, %s warm-up + %s per step%nidle: %s%n",
            LocalDate.now(ZoneOffset.UTC), rate, engineers, warmup, duration, IDLE);
        System.out.printf("%11s %12s %19s %29s %10s %12s %6s %12s%n", "subscribers", "deliveries/s",
            "ack p50 / p99", "delivered p50 / p99 / max", "all: p99", "server cores", "others", "io µs/extra");
        // The first server in this JVM runs on cold code: a discarded step at the first count warms it.
        step(subscribers.get(0));
        for (final int sessions : subscribers)
        {
            final Map<String, Object> step = step(sessions);
            if (!steps.isEmpty())
            {
                step.put("serverCpuMicrosPerExtraDelivery", perExtraDelivery(steps.get(0), step, "serverCpuMicros"));
                step.put("ioCpuMicrosPerExtraDelivery", perExtraDelivery(steps.get(0), step, "ioCpuMicros"));
            }
            steps.add(step);
            final Percentiles ack = (Percentiles)step.get("ackMicros");
            final Percentiles each = (Percentiles)step.get("deliveryMicros");
            final Percentiles all = (Percentiles)step.get("allSubscribersMicros");
            System.out.printf("%11d %,12.0f %9s / %7s %9s / %7s / %7s %10s %12.2f %6.2f %12s%s%n", sessions,
                (double)step.get("deliveriesPerSecond"), PrintTable.micros(ack.p50()), PrintTable.micros(ack.p99()),
                PrintTable.micros(each.p50()), PrintTable.micros(each.p99()), PrintTable.micros(each.max()),
                PrintTable.micros(all.p99()), (double)step.get("serverCpuCores"), (Double)step.get("otherProcessesCpuCores"),
                step.containsKey("ioCpuMicrosPerExtraDelivery") ? String.format("%.2f", (double)step.get("ioCpuMicrosPerExtraDelivery")) : "",
                problems(step));
        }
        if (json != null)
        {
            final Map<String, Object> report = new LinkedHashMap<>();
            report.put("date", LocalDate.now(ZoneOffset.UTC).toString());
            report.put("machine", LoadReport.Machine.current());
            report.put("command", "kairos bench fanout");
            report.put("createsPerSecond", rate);
            report.put("engineers", engineers);
            report.put("optimiser", false);
            report.put("idle", IDLE);
            report.put("steps", steps);
            Files.write(json, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
        }
        return 0;
    }

    /** One subscriber count on a fresh server: its figures as the JSON report has them. */
    Map<String, Object> step(final int sessions) throws Exception
    {
        final LoadWorkload workload = new LoadWorkload(seed, engineers, System.currentTimeMillis());
        final int events = Math.toIntExact(new OpenLoopSchedule(0, rate, warmup.toNanos(), duration.toNanos()).totalCount());
        final List<LoadWorkload.Body> tickets = numbered(workload.tickets(events));
        final AtomicLong failed = new AtomicLong();
        final Histogram ack = new Histogram(LatencyRecorder.HIGHEST_NANOS, 3);
        try (Target kairos = Target.kairosInProcess(256, false))
        {
            new Setup(kairos).putEngineers(workload.engineers());
            final FanOutSubscribers audience = new FanOutSubscribers(kairos, sessions, events);
            final ThreadCpu before = ThreadCpu.read();
            final CpuMeter.Reading machineBefore = CpuMeter.read();
            final long startNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
            final OpenLoopSchedule schedule = new OpenLoopSchedule(startNanos, rate, warmup.toNanos(), duration.toNanos());
            final ThreadCpu after;
            // Answers arrive on the create client's one event loop: the histogram has one writer.
            try (audience; CreateClient creates = new CreateClient(kairos, tickets, 4, (index, status, body) ->
            {
                if (status != 201)
                {
                    failed.incrementAndGet();
                }
                else if (schedule.isMeasured(index))
                {
                    ack.recordValue(Math.min(LatencyRecorder.HIGHEST_NANOS, schedule.latencyNanos(index, System.nanoTime())));
                }
            }))
            {
                audience.begin(schedule);
                schedule.sendOnTime(creates::send);
                final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!audience.complete() && System.nanoTime() < deadline)
                {
                    Thread.sleep(10);
                }
                after = ThreadCpu.read();
            }
            final CpuMeter.Usage machine = CpuMeter.between(machineBefore, CpuMeter.read(), Runtime.getRuntime().availableProcessors());
            final Map<String, Object> step = figures(sessions, schedule, audience, before, after, failed.get());
            step.put("ackMicros", Percentiles.of(ack));
            // Another process busy on the same cores disturbs the figures: the reader sees how much.
            step.put("otherProcessesCpuCores", machine == null ? null : machine.others());
            return step;
        }
    }

    private Map<String, Object> figures(final int sessions, final OpenLoopSchedule schedule, final FanOutSubscribers audience,
        final ThreadCpu before, final ThreadCpu after, final long failedCreates)
    {
        final long measured = schedule.measuredCount();
        final long serverNanos = after.since(before, name -> name.startsWith(SERVER_THREADS));
        final long clientNanos = after.since(before, name -> name.startsWith("fanout-") || name.startsWith("load-"));
        final double seconds = duration.toNanos() / 1e9;
        final Map<String, Object> step = new LinkedHashMap<>();
        step.put("subscribers", sessions);
        step.put("measuredEvents", measured);
        step.put("expectedDeliveries", measured * sessions);
        step.put("deliveries", audience.deliveries());
        step.put("deliveriesPerSecond", audience.deliveries() / seconds);
        step.put("sessionsClosedByServer", audience.closedEarly());
        step.put("failedCreates", failedCreates);
        step.put("deliveryMicros", Percentiles.of(audience.perDelivery));
        step.put("allSubscribersMicros", Percentiles.of(audience.allHaveIt));
        // Over the whole run, warm-up included: the server's threads idle by spinning and parking, so
        // only the difference between two steps says what a delivery costs.
        step.put("serverCpuMicros", serverNanos / 1_000);
        step.put("ioCpuMicros", after.since(before, name -> name.startsWith(IO_THREADS)) / 1_000);
        step.put("cpuMillisByThread", after.byThread(before));
        step.put("allDeliveries", schedule.totalCount() * sessions);
        step.put("serverCpuCores", round(serverNanos / 1e9 / ((warmup.toNanos() + duration.toNanos()) / 1e9)));
        step.put("clientCpuCores", round(clientNanos / 1e9 / ((warmup.toNanos() + duration.toNanos()) / 1e9)));
        return step;
    }

    /** CPU (of the figure named) the later step spent beyond the first, per delivery beyond the first's. */
    private static double perExtraDelivery(final Map<String, Object> first, final Map<String, Object> later, final String cpu)
    {
        final long extraDeliveries = (long)later.get("allDeliveries") - (long)first.get("allDeliveries");
        final long extraMicros = (long)later.get(cpu) - (long)first.get(cpu);
        return extraDeliveries <= 0 ? Double.NaN : round((double)extraMicros / extraDeliveries);
    }

    private static String problems(final Map<String, Object> step)
    {
        final long missing = (long)step.get("expectedDeliveries") - (long)step.get("deliveries");
        final int closed = (int)step.get("sessionsClosedByServer");
        final long failed = (long)step.get("failedCreates");
        return missing == 0 && closed == 0 && failed == 0 ? ""
            : "  (missing " + missing + ", sessions closed " + closed + ", failed creates " + failed + ")";
    }

    /** Each body gets the external id {@code F-<index>}: the event then names the create it came from. */
    private static List<LoadWorkload.Body> numbered(final List<LoadWorkload.Body> tickets)
    {
        final List<LoadWorkload.Body> numbered = new ArrayList<>(tickets.size());
        try
        {
            for (int i = 0; i < tickets.size(); i++)
            {
                final ObjectNode body = (ObjectNode)JSON.readTree(tickets.get(i).json());
                body.put("externalId", "F-" + i);
                numbered.add(new LoadWorkload.Body(tickets.get(i).path(), JSON.writeValueAsBytes(body)));
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return numbered;
    }

    private static double round(final double value)
    {
        return Math.round(value * 100) / 100.0;
    }
}
