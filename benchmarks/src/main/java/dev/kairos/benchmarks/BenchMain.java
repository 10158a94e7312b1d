package dev.kairos.benchmarks;

/**
 * {@code ./kairos bench}: a short run of everything with a summary ({@link QuickBench});
 * {@code ./kairos bench jmh [JMH options]}: the full JMH suites (other JMH-style arguments, e.g. a
 * benchmark name, also go to JMH); {@code ./kairos bench stream ...}: new ticket to assignment on the stream;
 * {@code ./kairos bench fanout ...}: one event to N WebSocket subscribers;
 * {@code ./kairos bench plan ...}: the plan latency and quality harness; {@code ./kairos bench replay ...}:
 * journal replay speed; {@code ./kairos bench scoring ...}: Timefold's move evaluation speed on the live model;
 * {@code ./kairos bench converge ...}: the live plan after a burst against a from-scratch solve;
 * {@code ./kairos bench reach ...}: the routine-drive rule's fleet scans in an optimiser round's build.
 */
public final class BenchMain
{
    private BenchMain()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        if (args.length == 0 || args[0].equals("quick") || args[0].startsWith("--out") || args[0].startsWith("--skip"))
        {
            QuickBench.main(args.length > 0 && args[0].equals("quick") ? java.util.Arrays.copyOfRange(args, 1, args.length) : args);
            return;
        }
        if (args[0].equals("jmh"))
        {
            org.openjdk.jmh.Main.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args[0].equals("stream"))
        {
            dev.kairos.benchmarks.load.StreamLatency.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args[0].equals("fanout"))
        {
            dev.kairos.benchmarks.load.FanOut.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args[0].equals("plan"))
        {
            dev.kairos.benchmarks.plan.PlanLatency.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args[0].equals("converge"))
        {
            dev.kairos.benchmarks.plan.Convergence.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args[0].equals("reach"))
        {
            dev.kairos.benchmarks.plan.ReachCost.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args[0].equals("scoring"))
        {
            dev.kairos.benchmarks.plan.ScoringSpeed.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("replay"))
        {
            dev.kairos.benchmarks.plan.ReplaySpeed.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        org.openjdk.jmh.Main.main(args);
    }
}
