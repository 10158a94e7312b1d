package dev.kairos.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The console's view of a report: the runs as a table, Kairos as ratios to the ceiling, each
 * target met or missed and by how much, and a warning when the generator itself was late enough
 * to colour the figures. Built and read on one thread.
 */
final class PrintTable
{
    /** Generator lag beyond this at p99 is a sizeable share of a 1 ms budget: say so. */
    private static final double LAG_WARNING_MICROS = 100;

    private final StringBuilder text = new StringBuilder();
    private final List<RunResult> plotted = new ArrayList<>();

    PrintTable(final LoadReport report, final double targetMicros)
    {
        final Settings s = report.settings();
        line("kairos load %s: %s (optimiser %s), mix %s, %d connections × %d in flight, %d engineers, seed %d; %d cores, %s",
            report.date(), s.target(), s.optimiser() ? "on" : "off", s.mix(), s.connections(), s.maxInFlightPerConnection(), s.engineers(), s.seed(),
            report.machine().cores(), report.machine().jdk());
        line("latency is from each request's intended send time (open loop, coordinated omission corrected); "
            + "svc p99 is from the actual send, lag p99 is how late the generator sent; "
            + "self and others: cores this process and all other processes used during the run");
        final List<RunResult> all = new ArrayList<>(report.runs());
        for (final LoadReport.Search search : report.searches())
        {
            search.steps().forEach(step -> all.add(step.result()));
            all.add(search.capacity());
        }
        line("%s", LoadReport.header());
        for (final RunResult result : all)
        {
            line("%s", LoadReport.row(result));
        }
        if (!report.runs().isEmpty())
        {
            plotted.addAll(report.runs());
            fixedRate(report, targetMicros);
        }
        for (final LoadReport.Search search : report.searches())
        {
            searched(search, targetMicros);
        }
        if (!report.discarded().isEmpty())
        {
            line("repeated because other processes used more than their share of the cores during them (kept in the JSON):");
            for (final RunResult result : report.discarded())
            {
                line("%s", LoadReport.row(result));
            }
        }
        final LoadReport.Ratios ratios = report.ratios();
        if (ratios.maxRateUnderTarget() != null)
        {
            line("kairos/ceiling: highest rate under the p99 target %s, capacity %s (target: throughput ≥ 0.5 of the ceiling's)",
                ratios.maxRateUnderTarget(), ratios.capacity());
        }
        for (final RunResult result : all)
        {
            if (result.cpu() != null && result.cpu().others() > s.disturbedCores() && Target.isInProcess(s.target()))
            {
                line("warning: %s at %d/s: other processes used %.2f cores during the run; it may be disturbed, repeat it",
                    result.target(), result.offeredRate(), result.cpu().others());
            }
            if (result.sendLag().p99() > LAG_WARNING_MICROS)
            {
                line("warning: %s at %d/s: the generator sent late (lag p99 %.1f µs); that much of its latency is the generator's, "
                    + "not the server's", result.target(), result.offeredRate(), result.sendLag().p99());
            }
        }
    }

    String text()
    {
        return text.toString();
    }

    /** The runs worth a percentile file and a line on the plot. */
    List<RunResult> plotted()
    {
        return plotted;
    }

    private void fixedRate(final LoadReport report, final double targetMicros)
    {
        final LoadReport.Ratios ratios = report.ratios();
        if (ratios.throughput() != null)
        {
            line("kairos/ceiling: throughput %s, p99 %s× the ceiling's", ratios.throughput(), ratios.p99());
        }
        for (final RunResult result : report.runs())
        {
            if (!Target.KAIROS.equals(result.target()))
            {
                continue;
            }
            final double p99 = result.latency().p99();
            line("target p99 < %s at %d/s: %s (p99 %.1f µs%s)", micros(targetMicros), result.offeredRate(),
                result.meets(targetMicros) ? "met" : "MISSED", p99,
                p99 >= targetMicros ? String.format(Locale.ROOT, ", %.1f µs over", p99 - targetMicros) :
                    result.errorCount() > 0 ? ", but with errors" : "");
        }
    }

    private void searched(final LoadReport.Search search, final double targetMicros)
    {
        line("%s: highest rate with p99 < %s: %s; lowest rate that missed: %s; capacity (offered %d/s): %.1f/s",
            search.target(), micros(targetMicros), search.bestRate() > 0 ? search.bestRate() + "/s" : "none",
            search.lowestMiss() > 0 ? search.lowestMiss() + "/s" : "none within the steps",
            search.capacity().offeredRate(), search.capacity().achievedRate());
        search.steps().stream()
            .filter(LoadReport.Step::met)
            .map(LoadReport.Step::result)
            .filter(r -> r.offeredRate() == search.bestRate())
            .findFirst()
            .or(() -> search.steps().stream().map(LoadReport.Step::result).findFirst())
            .ifPresent(plotted::add);
    }

    static String micros(final double micros)
    {
        return micros >= 1_000 ? String.format(Locale.ROOT, "%.2f ms", micros / 1_000) : String.format(Locale.ROOT, "%.1f µs", micros);
    }

    private void line(final String format, final Object... args)
    {
        text.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
