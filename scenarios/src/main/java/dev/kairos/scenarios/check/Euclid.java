package dev.kairos.scenarios.check;

/** Travel in both benchmarks: straight-line distance, unrounded, one unit of time per unit. */
final class Euclid
{
    /** Times may be summed in another order by whoever built the schedule; this absorbs that. */
    static final double TOLERANCE = 1e-6;

    private Euclid()
    {
    }

    static double distance(final double x1, final double y1, final double x2, final double y2)
    {
        return Math.hypot(x1 - x2, y1 - y2);
    }
}
