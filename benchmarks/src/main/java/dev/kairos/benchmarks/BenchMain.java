package dev.kairos.benchmarks;

/** {@code ./kairos bench}: the JMH runner over every suite in this jar; JMH's options pass through. */
public final class BenchMain
{
    private BenchMain()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        org.openjdk.jmh.Main.main(args);
    }
}
