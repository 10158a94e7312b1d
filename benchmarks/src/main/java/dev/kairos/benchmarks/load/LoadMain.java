package dev.kairos.benchmarks.load;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * {@code ./kairos load}: offers Kairos a fixed request rate that does not slow down when Kairos
 * does, and reports latency from each request's intended send time, next to the same load on a
 * bare Netty server (the ceiling). Every run is bounded in time and count and stops by itself.
 */
@Command(name = "kairos load", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Open-loop load on Kairos (in-process by default) and on a bare Netty ceiling; latency from intended send times.")
public final class LoadMain implements Callable<Integer>
{
    private static final int SEED_TICKETS = 256;
    private static final int DISTINCT_TICKET_BODIES = 2_048;
    private static final int PINGS_PER_ENGINEER = 16;

    private final List<RunResult> discarded = new ArrayList<>();

    @Option(names = "--rate", defaultValue = "20000", description = "Offered requests per second; the first step with --find-max (default ${DEFAULT-VALUE}).")
    long rate;

    @Option(names = "--duration", defaultValue = "10s", converter = DurationConverter.class, description = "Measured time per run (default ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "5s", converter = DurationConverter.class, description = "Unmeasured time at the same rate before each target's run; with --find-max a separate run at --warmup-rate (default ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--connections", defaultValue = "16", description = "Keep-alive connections (default ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--in-flight", defaultValue = "64", description = "Most pipelined requests per connection; beyond it due requests wait in the generator, still on the clock (default ${DEFAULT-VALUE}).")
    int inFlight;

    @Option(names = "--mix", defaultValue = Mix.DEFAULT, description = "Weights of create, ping and read requests (default ${DEFAULT-VALUE}).")
    String mix;

    @Option(names = "--engineers", defaultValue = "100", description = "Engineers put before the run; pings go to them (default ${DEFAULT-VALUE}).")
    int engineers;

    @Option(names = "--seed", defaultValue = "20261123", description = "Seed of the city, the bodies and the mix (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--optimiser", negatable = true, defaultValue = "false", fallbackValue = "true",
        description = "Run the in-process Kairos with its Timefold optimiser (default off: the fast path alone).")
    boolean optimiser;

    @Option(names = "--url", description = "A running Kairos on loopback, e.g. http://127.0.0.1:8080, instead of one in this JVM.")
    URI url;

    @Option(names = "--key", defaultValue = "${env:KAIROS_API_KEY}", description = "API key that may write, with --url (or env KAIROS_API_KEY).")
    String key;

    @Option(names = "--targets", defaultValue = "ceiling,kairos", split = ",", description = "What to load, in this order: ceiling, kairos (default ${DEFAULT-VALUE}).")
    List<String> targets;

    @Option(names = "--tick", defaultValue = "0s", converter = DurationConverter.class, description = "Shortest pause of the pacer: 0 wakes for each request; more sends in batches, saving generator CPU, and each batch's early requests are charged the wait (default ${DEFAULT-VALUE}).")
    Duration tick;

    @Option(names = "--find-max", description = "Step the rate up, then split the gap, to the highest rate whose p99 meets --target-p99.")
    boolean findMax;

    @Option(names = "--max-steps", defaultValue = "6", description = "Steps per target with --find-max, before a final capacity step (default ${DEFAULT-VALUE}).")
    int maxSteps;

    @Option(names = "--step-factor", defaultValue = "1.5", description = "Rate multiplier between steps until one misses (default ${DEFAULT-VALUE}).")
    double stepFactor;

    @Option(names = "--warmup-rate", defaultValue = "5000", description = "Rate of the unmeasured run (--warmup long) before a --find-max search (default ${DEFAULT-VALUE}).")
    long warmupRate;

    @Option(names = "--capacity-rate", defaultValue = "200000", description = "Offered rate of the last --find-max step, far past the knee: its achieved rate is the target's capacity (default ${DEFAULT-VALUE}).")
    long capacityRate;

    @Option(names = "--step-duration", defaultValue = "3s", converter = DurationConverter.class, description = "Measured time per --find-max step (default ${DEFAULT-VALUE}).")
    Duration stepDuration;

    @Option(names = "--step-warmup", defaultValue = "1s", converter = DurationConverter.class, description = "Unmeasured start of every --find-max step (default ${DEFAULT-VALUE}).")
    Duration stepWarmup;

    @Option(names = "--target-p99", defaultValue = "1ms", converter = DurationConverter.class, description = "The p99 a step must stay under (default ${DEFAULT-VALUE}).")
    Duration targetP99;

    @Option(names = "--drain-timeout", defaultValue = "5s", converter = DurationConverter.class, description = "How long to wait for the last answers; later ones count as timeouts (default ${DEFAULT-VALUE}).")
    Duration drainTimeout;

    @Option(names = "--repeat-disturbed", defaultValue = "2", description = "Times to repeat a run during which other processes used more than --disturbed-cores; the repeated runs are kept in the report as discarded (default ${DEFAULT-VALUE}).")
    int repeatDisturbed;

    @Option(names = "--disturbed-cores", defaultValue = "0.2", description = "Cores other processes may use during a run before it counts as disturbed (default ${DEFAULT-VALUE}).")
    double disturbedCores;

    @Option(names = "--json", description = "Write the report as JSON to this file ('-' for standard output).")
    String json;

    @Option(names = "--out", description = "Folder for the HdrHistogram percentile files (.hgrm) and a percentile plot (.png).")
    Path out;

    public static void main(final String[] args)
    {
        System.exit(new CommandLine(new LoadMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception
    {
        try
        {
            check();
            final LoadReport report = run();
            write(report);
            return 0;
        }
        catch (final IllegalArgumentException ex)
        {
            System.err.println("kairos load: " + ex.getMessage());
            return 2;
        }
    }

    /** Runs the targets in the order --targets gives (the ceiling first by default) and puts the report together. */
    LoadReport run() throws Exception
    {
        final Mix weights = Mix.parse(mix);
        final byte[] kinds = weights.sequence(seed);
        final LoadWorkload workload = new LoadWorkload(seed, engineers, System.currentTimeMillis());
        final List<LoadWorkload.Body> tickets = workload.tickets(DISTINCT_TICKET_BODIES);
        final List<LoadWorkload.Body> pings = workload.pings(engineers * PINGS_PER_ENGINEER);
        final RunSpec first = new RunSpec(rate, warmup, findMax ? stepDuration : duration, drainTimeout);
        final List<RunResult> runs = new ArrayList<>();
        final List<LoadReport.Search> searches = new ArrayList<>();
        for (final String name : targets)
        {
            try (Target target = open(name);
                 RequestTemplates templates = templates(target, workload, tickets, pings);
                 LoadClient client = new LoadClient(target.address(), connections, inFlight, tick.toNanos()))
            {
                templates.checkCovers(weights);
                if (findMax)
                {
                    searches.add(search(target.name(), client, first, kinds, templates));
                }
                else
                {
                    runs.add(measure(target.name(), client, first, kinds, templates));
                }
            }
        }
        return new LoadReport(LocalDate.now(ZoneOffset.UTC).toString(), LoadReport.Machine.current(), settings(weights),
            runs, ratios(runs, searches), searches, discarded);
    }

    private LoadReport.Search search(
        final String name, final LoadClient client, final RunSpec first, final byte[] kinds, final RequestTemplates templates)
        throws InterruptedException
    {
        // One unmeasured run first: a cold first step (JIT still compiling) would miss and steer the whole search down.
        if (!first.warmup().isZero())
        {
            announce(client.run(name, new RunSpec(warmupRate, Duration.ZERO, first.warmup(), first.drainTimeout()), kinds, templates));
        }
        final FindMax finder = new FindMax(first.rate(), stepFactor, maxSteps);
        final List<LoadReport.Step> steps = new ArrayList<>();
        final RunSpec spec = first.withWarmup(stepWarmup);
        for (long stepRate = finder.nextRate(); stepRate > 0; stepRate = finder.nextRate())
        {
            final RunResult result = measure(name, client, spec.withRate(stepRate), kinds, templates);
            final boolean met = result.meets(targetMicros());
            finder.record(stepRate, met);
            steps.add(new LoadReport.Step(met, result));
        }
        // Far past the knee, with every connection full, the achieved rate is what the target can serve at all.
        final RunResult capacity = measure(name, client, spec.withRate(capacityRate), kinds, templates);
        return new LoadReport.Search(name, targetMicros(), finder.best(), finder.lowestMiss(), steps, capacity);
    }

    /**
     * One run, repeated while other processes took more than {@code --disturbed-cores} during it:
     * on a shared machine someone else's build can take a core mid-run. Only for an in-process
     * target; with --url the server is one of the other processes. When every attempt was
     * disturbed, the least disturbed one stands and the others are kept as discarded.
     */
    private RunResult measure(
        final String name, final LoadClient client, final RunSpec spec, final byte[] kinds, final RequestTemplates templates)
        throws InterruptedException
    {
        RunResult best = announce(client.run(name, spec, kinds, templates));
        for (int repeat = 0; repeat < repeatDisturbed && url == null && isDisturbed(best); repeat++)
        {
            System.err.printf(Locale.ROOT, "kairos load: other processes used %.2f cores during that run; repeating it%n",
                best.cpu().others());
            final RunResult again = announce(client.run(name, spec, kinds, templates));
            final boolean better = again.cpu() == null || again.cpu().others() < best.cpu().others();
            discarded.add(better ? best : again);
            best = better ? again : best;
        }
        return best;
    }

    private boolean isDisturbed(final RunResult result)
    {
        return result.cpu() != null && result.cpu().others() > disturbedCores;
    }

    private Target open(final String name) throws InterruptedException
    {
        if (Target.CEILING.equals(name))
        {
            return Target.ceiling();
        }
        return url == null ? Target.kairosInProcess(connections * inFlight, optimiser) : Target.kairosAt(url, key);
    }

    /** Kairos gets the run's engineers and some tickets to read first; the ceiling answers anything, so it reads made-up ids. */
    private RequestTemplates templates(
        final Target target, final LoadWorkload workload, final List<LoadWorkload.Body> tickets, final List<LoadWorkload.Body> pings)
        throws InterruptedException
    {
        final List<String> reads;
        if (target.isKairos())
        {
            final Setup setup = new Setup(target);
            setup.putEngineers(workload.engineers());
            reads = setup.createTickets(tickets.subList(0, SEED_TICKETS));
        }
        else
        {
            reads = IntStream.rangeClosed(1, SEED_TICKETS).mapToObj(i -> "/v1/tickets/T-" + i).toList();
        }
        return new RequestTemplates(target.hostHeader(), target.apiKey(), tickets, pings, reads);
    }

    private static RunResult announce(final RunResult result)
    {
        System.err.printf(Locale.ROOT, "kairos load: %s at %d/s: p99 %.1f µs, achieved %.1f/s, errors %s%n",
            result.target(), result.offeredRate(), result.latency().p99(), result.achievedRate(),
            result.errors().isEmpty() ? "none" : result.errors());
        return result;
    }

    private static LoadReport.Ratios ratios(final List<RunResult> runs, final List<LoadReport.Search> searches)
    {
        final RunResult ceilingRun = find(runs, Target.CEILING);
        final RunResult kairosRun = find(runs, Target.KAIROS);
        final LoadReport.Search ceilingSearch = searches.stream().filter(s -> s.target().equals(Target.CEILING)).findFirst().orElse(null);
        final LoadReport.Search kairosSearch = searches.stream().filter(s -> s.target().equals(Target.KAIROS)).findFirst().orElse(null);
        final boolean both = ceilingRun != null && kairosRun != null;
        final boolean searched = ceilingSearch != null && kairosSearch != null;
        return new LoadReport.Ratios(
            both ? ratio(kairosRun.achievedRate(), ceilingRun.achievedRate()) : null,
            both ? ratio(kairosRun.latency().p99(), ceilingRun.latency().p99()) : null,
            searched ? ratio(kairosSearch.bestRate(), ceilingSearch.bestRate()) : null,
            searched ? ratio(kairosSearch.capacity().achievedRate(), ceilingSearch.capacity().achievedRate()) : null);
    }

    private static RunResult find(final List<RunResult> runs, final String target)
    {
        return runs.stream().filter(r -> r.target().equals(target)).findFirst().orElse(null);
    }

    private static Double ratio(final double kairos, final double ceiling)
    {
        return ceiling == 0 ? null : Math.round(kairos / ceiling * 1000) / 1000.0;
    }

    private void write(final LoadReport report) throws IOException
    {
        final PrintTable table = new PrintTable(report, targetMicros());
        System.out.print(table.text());
        if (out != null)
        {
            Files.createDirectories(out);
            final List<PercentilePlot.Series> lines = new ArrayList<>();
            for (final RunResult result : table.plotted())
            {
                final String file = result.target() + "-" + result.offeredRate() + ".hgrm";
                LoadReport.writePercentiles(out.resolve(file), result.histogram());
                lines.add(new PercentilePlot.Series(result.target() + " at " + result.offeredRate() + "/s", result.histogram()));
                System.out.println("wrote " + out.resolve(file));
            }
            if (!lines.isEmpty())
            {
                PercentilePlot.write(out.resolve("percentiles.png"),
                    "Latency by percentile, open loop, " + report.date(), lines, targetMicros());
                System.out.println("wrote " + out.resolve("percentiles.png"));
            }
        }
        if (json != null)
        {
            if ("-".equals(json))
            {
                report.writeJson(System.out);
                System.out.flush();
            }
            else
            {
                try (OutputStream file = Files.newOutputStream(Path.of(json)))
                {
                    report.writeJson(file);
                }
            }
        }
    }

    private double targetMicros()
    {
        return targetP99.toNanos() / 1_000.0;
    }

    private Settings settings(final Mix weights)
    {
        return new Settings("kairos load", url == null ? Target.IN_PROCESS : url.toString(), rate, warmup.toMillis() / 1000.0,
            (findMax ? stepDuration : duration).toMillis() / 1000.0, connections, inFlight, weights.toString(), engineers,
            seed, targets, findMax, targetMicros(), disturbedCores, url == null && optimiser, tick.isZero() ?
                "the pacer (caller thread) parks until each request is due (LockSupport.parkNanos)" :
                "the pacer (caller thread) parks until the next request is due, at least " + tick.toNanos() / 1_000 + " µs");
    }

    private void check()
    {
        if (connections < 1 || connections > 1024)
        {
            throw new IllegalArgumentException("--connections: must be 1 to 1024, was " + connections);
        }
        if (inFlight < 1 || inFlight > 4096)
        {
            throw new IllegalArgumentException("--in-flight: must be 1 to 4096, was " + inFlight);
        }
        if (engineers < 1 || engineers > 10_000)
        {
            throw new IllegalArgumentException("--engineers: must be 1 to 10000, was " + engineers);
        }
        if (targets.isEmpty() || !targets.stream().allMatch(t -> t.equals(Target.CEILING) || t.equals(Target.KAIROS)))
        {
            throw new IllegalArgumentException("--targets: a list of ceiling and kairos, was " + targets);
        }
        if (tick.isNegative() || tick.compareTo(Duration.ofMillis(10)) > 0)
        {
            throw new IllegalArgumentException("--tick: 0 to 10 ms, was " + tick);
        }
        if (repeatDisturbed < 0 || repeatDisturbed > 5)
        {
            throw new IllegalArgumentException("--repeat-disturbed: 0 to 5, was " + repeatDisturbed);
        }
        if (drainTimeout.compareTo(Duration.ofMinutes(1)) > 0)
        {
            throw new IllegalArgumentException("--drain-timeout: at most 1 minute, was " + drainTimeout);
        }
        if (findMax && (maxSteps > 20 || stepWarmup.isNegative()))
        {
            throw new IllegalArgumentException("--max-steps: at most 20, was " + maxSteps);
        }
        // The schedule checks rate and durations against its own bounds; build one now to fail before any server starts.
        new RunSpec(rate, warmup, findMax ? stepDuration : duration, drainTimeout).schedule(0);
        new FindMax(rate, stepFactor, maxSteps);
        if (findMax)
        {
            if (!warmup.isZero())
            {
                new RunSpec(warmupRate, Duration.ZERO, warmup, drainTimeout).schedule(0);
            }
            new RunSpec(capacityRate, stepWarmup, stepDuration, drainTimeout).schedule(0);
        }
    }
}
