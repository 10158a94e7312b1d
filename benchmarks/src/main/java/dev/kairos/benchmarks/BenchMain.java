package dev.kairos.benchmarks;

/**
 * {@code ./kairos bench}: the JMH runner over every suite in this jar (JMH's options pass through);
 * {@code ./kairos bench plan ...}: the plan latency and quality harness; {@code ./kairos bench replay ...}:
 * journal replay speed.
 */
public final class BenchMain
{
    private BenchMain()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        if (args.length > 0 && args[0].equals("plan"))
        {
            dev.kairos.benchmarks.plan.PlanLatency.main(java.util.Arrays.copyOfRange(args, 1, args.length));
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
