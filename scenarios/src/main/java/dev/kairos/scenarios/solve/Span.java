package dev.kairos.scenarios.solve;

/**
 * A stretch of a technician's day, summarised so that two stretches join in constant time: the
 * time-window segments of Vidal et al. (2013, "A hybrid genetic algorithm with adaptive diversity
 * management for a large class of vehicle routing problems with time-windows"). Waiting inside a
 * stretch counts only where the windows force it, so a whole day's {@code duration}, home to home,
 * is the working time the Pillac data defines (leave as late as the windows allow).
 *
 * @param duration shortest time from starting the first stop's service to finishing the last
 * @param warp     how far the windows are broken; 0 for a feasible stretch
 * @param earliest earliest start at the first stop that achieves {@code duration}
 * @param latest   latest start at the first stop that keeps every window
 */
record Span(double duration, double warp, double earliest, double latest)
{
    /** Rounding in joins stays far below the checker's tolerance (1e-6). */
    static final double FEASIBLE = 1e-9;

    /** One stop: its window for the start of service and how long the service takes. */
    static Span stop(final double ready, final double due, final double service)
    {
        return new Span(service, 0, ready, due);
    }

    /** This stretch, a drive of {@code travel}, then {@code next}. */
    Span then(final double travel, final Span next)
    {
        final double reach = duration - warp + travel;
        final double wait = Math.max(next.earliest - reach - latest, 0);
        final double broken = Math.max(earliest + reach - next.latest, 0);
        return new Span(duration + next.duration + travel + wait, warp + next.warp + broken,
            Math.max(next.earliest - reach, earliest) - wait, Math.min(next.latest - reach, latest) + broken);
    }

    boolean feasible()
    {
        return warp <= FEASIBLE;
    }
}
