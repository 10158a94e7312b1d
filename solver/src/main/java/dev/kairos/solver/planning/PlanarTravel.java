package dev.kairos.solver.planning;

import dev.kairos.solver.domain.Location;

/**
 * Euclidean distance on a plane ({@code lat} as x, {@code lon} as y), one distance unit taking
 * {@code millisPerUnit}: the travel model of the published VRPTW and TRSP instances.
 */
public record PlanarTravel(double millisPerUnit) implements TravelTimes
{
    @Override
    public long millis(final Location from, final Location to)
    {
        return Math.round(distance(from, to) * millisPerUnit);
    }

    @Override
    public double distance(final Location from, final Location to)
    {
        return Math.hypot(from.lat() - to.lat(), from.lon() - to.lon());
    }

    /** A millisecond over, for {@link #millis}'s rounding. */
    @Override
    public double longestWithin(final long millis)
    {
        return (millis + 1) / millisPerUnit;
    }
}
