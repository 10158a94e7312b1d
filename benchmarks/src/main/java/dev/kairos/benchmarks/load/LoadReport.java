package dev.kairos.benchmarks.load;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Everything a load run found, as the JSON {@code --json} writes: where it ran, what was asked,
 * each run's figures, Kairos's figures as ratios to the ceiling's, and the {@code --find-max}
 * searches, and runs repeated because other processes disturbed them. Also the console table
 * and the HdrHistogram percentile files.
 */
record LoadReport(
    String date,
    Machine machine,
    Settings settings,
    List<RunResult> runs,
    Ratios ratios,
    List<Search> searches,
    List<RunResult> discarded)
{
    /** The machine the figures belong to; the same code on another machine gives other figures. */
    record Machine(int cores, String jdk, String os)
    {
        static Machine current()
        {
            return new Machine(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"));
        }
    }

    /** Kairos divided by the ceiling; null where one of them was not measured. */
    record Ratios(Double throughput, Double p99, Double maxRateUnderTarget, Double capacity)
    {
    }

    /** One {@code --find-max} search: every step, the best rate that met the target, and the capacity step. */
    record Search(String target, double p99TargetMicros, long bestRate, long lowestMiss, List<Step> steps, RunResult capacity)
    {
    }

    record Step(boolean met, RunResult result)
    {
    }

    void writeJson(final OutputStream out) throws IOException
    {
        // Standard output must stay open for whatever follows the report.
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, this);
    }

    static String header()
    {
        return String.format(Locale.ROOT, "%-8s %10s %11s %9s %9s %9s %9s %9s %9s %9s %6s %6s  %s",
            "target", "offered/s", "achieved/s", "p50 µs", "p90 µs", "p99 µs", "p99.9 µs", "max µs", "svc p99", "lag p99",
            "self", "others", "errors");
    }

    /**
     * One table row: latency from intended send time, then service time and generator lag at p99
     * for contrast, then the cores this process and all others used during the run.
     */
    static String row(final RunResult result)
    {
        final Percentiles l = result.latency();
        final CpuMeter.Usage cpu = result.cpu();
        return String.format(Locale.ROOT, "%-8s %10d %11.1f %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %6s %6s  %s",
            result.target(), result.offeredRate(), result.achievedRate(), l.p50(), l.p90(), l.p99(), l.p999(), l.max(),
            result.service().p99(), result.sendLag().p99(), cpu == null ? "-" : Double.toString(cpu.self()),
            cpu == null ? "-" : Double.toString(cpu.others()), result.errors().isEmpty() ? "0" : result.errors());
    }

    /** HdrHistogram's percentile distribution, values in microseconds (plot it with HdrHistogram's plotter). */
    static void writePercentiles(final Path file, final Histogram histogram) throws IOException
    {
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, "UTF-8"))
        {
            histogram.outputPercentileDistribution(out, 1_000.0);
        }
    }
}
