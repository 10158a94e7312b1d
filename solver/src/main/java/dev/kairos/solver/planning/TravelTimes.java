package dev.kairos.solver.planning;

import dev.kairos.solver.domain.Location;

/**
 * How long it takes to get from one place to another. Implementations are pure and thread-safe:
 * the engine thread and the optimiser threads share one.
 */
public interface TravelTimes
{
    /** Driving time in milliseconds. */
    long millis(Location from, Location to);

    /** Driving distance in kilometres (or the instance's own unit for planar scenarios). */
    double distance(Location from, Location to);

    /**
     * A distance no drive of at most {@code millis} exceeds, for a model whose {@link #distance} is a
     * metric: with the triangle inequality it rules places out of reach without working out the
     * drive. Unbounded unless the model knows better, which rules nothing out.
     */
    default double longestWithin(final long millis)
    {
        return Double.POSITIVE_INFINITY;
    }
}
