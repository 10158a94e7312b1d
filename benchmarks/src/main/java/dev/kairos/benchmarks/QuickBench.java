package dev.kairos.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.benchmarks.load.FanOut;
import dev.kairos.benchmarks.load.LoadMain;
import dev.kairos.benchmarks.load.StreamLatency;
import dev.kairos.benchmarks.plan.PlanLatency;
import dev.kairos.benchmarks.plan.ReplaySpeed;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * {@code ./kairos bench}: a short run of every suite (JMH hot paths with one fork and short
 * iterations, the planner, replay, open-loop load against the bare Netty ceiling, and a ticket's
 * assignment pushed on the stream), then one summary. Minutes, not the hour the full set takes;
 * its figures are for spotting regressions and orientation, RESULTS.md has the careful ones.
 */
@Command(name = "kairos bench", mixinStandardHelpOptions = true,
    description = "A short run of every benchmark (< 10 minutes on 2 cores) and a summary. "
        + "`bench jmh [JMH options]` runs the full JMH suites; `bench plan`, `bench scoring`, `bench replay`, `bench stream`, `bench fanout` the harnesses.")
public final class QuickBench implements Callable<Integer>
{
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--out", description = "Also write the summary as markdown to this file.")
    Path out;

    @Option(names = "--skip", split = ",", description = "Parts to leave out: jmh, plan, scoring, replay, load, stream, fanout.")
    List<String> skip = List.of();

    private final List<String> summary = new ArrayList<>();

    public static void main(final String[] args)
    {
        System.exit(new CommandLine(new QuickBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception
    {
        final long started = System.nanoTime();
        summary.add("# kairos bench " + LocalDate.now(ZoneOffset.UTC) + ": " + Runtime.getRuntime().availableProcessors()
            + " cores, JDK " + Runtime.version() + "; optimiser off unless a line says otherwise");
        if (!skip.contains("jmh"))
        {
            jmh();
        }
        if (!skip.contains("plan"))
        {
            harness("planner (100 engineers, 500 open tickets, 10 s stream, optimiser on)",
                () -> new CommandLine(new PlanLatency()).execute("--seconds", "10"),
                line -> line.startsWith("cold start") || line.contains(" p99 "));
        }
        if (!skip.contains("scoring"))
        {
            harness("Timefold move evaluation on the live model (3 s of local search each)",
                () -> new CommandLine(new dev.kairos.benchmarks.plan.ScoringSpeed()).execute("--seconds", "3"),
                line -> line.startsWith("|"));
        }
        if (!skip.contains("replay"))
        {
            harness("replay (1,000,000 commands)",
                () -> new CommandLine(new ReplaySpeed()).execute("--records", "1000000"),
                line -> line.startsWith("replay") || line.startsWith("wrote"));
        }
        if (!skip.contains("load"))
        {
            load();
        }
        if (!skip.contains("stream"))
        {
            harness("new ticket → assignment on the WebSocket stream (200 creates/s, 2,000 pings/s)",
                () -> new CommandLine(new StreamLatency()).execute("--rate", "200", "--background", "2000",
                    "--duration", "5s", "--warmup", "3s"),
                line -> line.startsWith("ack") || line.startsWith("assignment") || line.startsWith("measured"));
        }
        if (!skip.contains("fanout"))
        {
            harness("one event to N WebSocket subscribers (100 events/s)",
                () -> new CommandLine(new FanOut()).execute("--subscribers", "1,100,1000", "--duration", "5s", "--warmup", "2s"),
                line -> !line.isBlank());
        }
        summary.add(String.format(Locale.ROOT, "took %.1f minutes", (System.nanoTime() - started) / 60e9));
        final String text = String.join("\n", summary);
        System.out.println();
        System.out.println(text);
        if (out != null)
        {
            Files.writeString(out, text + "\n");
        }
        return 0;
    }

    private void jmh() throws Exception
    {
        final Options options = new OptionsBuilder()
            .include("dev\\.kairos\\..*Benchmark")
            .param("timers", "agrona-wheel", "kairos-sla-timers")
            .param("deadlines", "spread")
            .forks(1)
            .warmupIterations(1)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(2)
            .measurementTime(TimeValue.seconds(1))
            .shouldFailOnError(true)
            .build();
        final List<RunResult> results = new ArrayList<>(new Runner(options).run());
        results.sort(java.util.Comparator.comparing((RunResult r) -> r.getParams().getBenchmark())
            .thenComparing(r -> r.getParams().getMode().ordinal()));
        summary.add("");
        summary.add("## JMH (1 fork, 1 × 1 s warm-up, 2 × 1 s measured; the full set: `./kairos bench jmh`)");
        summary.add("| benchmark | params | mode | score | unit |");
        summary.add("|---|---|---|---|---|");
        for (final RunResult result : results)
        {
            final var params = result.getParams();
            final var primary = result.getPrimaryResult();
            final StringBuilder shown = new StringBuilder();
            for (final String key : params.getParamsKeys())
            {
                shown.append(shown.isEmpty() ? "" : ", ").append(key).append('=').append(params.getParam(key));
            }
            summary.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", shortName(params.getBenchmark()), shown,
                params.getMode() == org.openjdk.jmh.annotations.Mode.SampleTime ? "mean" : params.getMode().shortLabel(), score(primary.getScore()), primary.getScoreUnit()));
            if (params.getMode() == org.openjdk.jmh.annotations.Mode.SampleTime)
            {
                final var stats = primary.getStatistics();
                summary.add(String.format(Locale.ROOT, "| %s | %s | p99 | %s | %s |", shortName(params.getBenchmark()), shown,
                    score(stats.getPercentile(99)), primary.getScoreUnit()));
            }
        }
    }

    private void load() throws Exception
    {
        final Path json = Files.createTempFile("kairos-bench-load", ".json");
        harness("open-loop load, ceiling then Kairos, 10,000 requests/s (mix create 5 %, ping 90 %, read 5 %)",
            () -> new CommandLine(new LoadMain()).execute("--rate", "10000", "--duration", "5s", "--warmup", "3s",
                "--repeat-disturbed", "0", "--json", json.toString()),
            line -> false);
        final JsonNode report = JSON.readTree(json.toFile());
        for (final JsonNode run : report.path("runs"))
        {
            final JsonNode latency = run.path("latency");
            summary.add(String.format(Locale.ROOT, "%s: %,.0f/s achieved, p50 %.0f µs, p99 %.0f µs, p99.9 %.0f µs",
                run.path("target").asText(), run.path("achievedRate").asDouble(), latency.path("p50").asDouble(),
                latency.path("p99").asDouble(), latency.path("p999").asDouble()));
        }
        Files.deleteIfExists(json);
    }

    /** Runs a harness with its output teed, then keeps the lines {@code keep} picks for the summary. */
    private void harness(final String title, final Callable<Integer> run, final Predicate<String> keep) throws Exception
    {
        summary.add("");
        summary.add("## " + title);
        final PrintStream original = System.out;
        final ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
        final int exit;
        try
        {
            exit = run.call();
        }
        finally
        {
            System.out.flush();
            System.setOut(original);
        }
        captured.toString(StandardCharsets.UTF_8).lines().map(String::strip).filter(keep).forEach(summary::add);
        if (exit != 0)
        {
            summary.add("FAILED with exit code " + exit + " (its output is above)");
        }
    }

    private static String shortName(final String benchmark)
    {
        final String[] parts = benchmark.split("\\.");
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    private static String score(final double value)
    {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.3f", value);
    }

    private static final class Tee extends OutputStream
    {
        private final OutputStream first;
        private final OutputStream second;

        Tee(final OutputStream first, final OutputStream second)
        {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(final int b) throws java.io.IOException
        {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(final byte[] bytes, final int offset, final int length) throws java.io.IOException
        {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public void flush() throws java.io.IOException
        {
            first.flush();
        }
    }
}
