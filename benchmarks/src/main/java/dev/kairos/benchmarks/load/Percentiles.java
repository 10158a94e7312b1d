package dev.kairos.benchmarks.load;

import org.HdrHistogram.Histogram;

/** A histogram's summary in microseconds, the unit the targets are written in. */
record Percentiles(long count, double mean, double p50, double p90, double p99, double p999, double max)
{
    private static final double NANOS_PER_MICRO = 1_000.0;

    static Percentiles of(final Histogram histogram)
    {
        if (histogram.getTotalCount() == 0)
        {
            return new Percentiles(0, 0, 0, 0, 0, 0, 0);
        }
        return new Percentiles(
            histogram.getTotalCount(),
            micros(histogram.getMean()),
            micros(histogram.getValueAtPercentile(50)),
            micros(histogram.getValueAtPercentile(90)),
            micros(histogram.getValueAtPercentile(99)),
            micros(histogram.getValueAtPercentile(99.9)),
            micros(histogram.getMaxValue()));
    }

    private static double micros(final double nanos)
    {
        return Math.round(nanos / NANOS_PER_MICRO * 10) / 10.0;
    }
}
