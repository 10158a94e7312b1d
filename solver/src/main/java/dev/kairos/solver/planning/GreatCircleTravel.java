package dev.kairos.solver.planning;

import dev.kairos.solver.domain.Location;

/**
 * Great-circle distance times a road factor, at a constant speed: a fair default for a live city
 * until a scenario brings a road matrix. 1.3 and 30 km/h suit dense urban service work.
 */
public record GreatCircleTravel(double roadFactor, double speedKmh) implements TravelTimes
{
    public static final GreatCircleTravel URBAN = new GreatCircleTravel(1.3, 30);
    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final double SERIES_LIMIT = 0.01;

    public GreatCircleTravel
    {
        if (!(roadFactor >= 1) || !(speedKmh > 0))
        {
            throw new IllegalArgumentException("roadFactor must be >= 1 and speedKmh > 0, were " + roadFactor + ", " + speedKmh);
        }
    }

    @Override
    public long millis(final Location from, final Location to)
    {
        return Math.round(distance(from, to) / speedKmh * 3_600_000.0);
    }

    @Override
    public double distance(final Location from, final Location to)
    {
        return roadFactor * haversineKm(from, to);
    }

    /** A millisecond over, for {@link #millis}'s rounding. */
    @Override
    public double longestWithin(final long millis)
    {
        return (millis + 1) / 3_600_000.0 * speedKmh;
    }

    static double haversineKm(final Location a, final Location b)
    {
        final double lat1 = Math.toRadians(a.lat());
        final double lat2 = Math.toRadians(b.lat());
        final double dLat = lat2 - lat1;
        final double dLon = Math.toRadians(b.lon() - a.lon());
        final double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * Arcsine, by its Taylor series below {@link #SERIES_LIMIT} (half-chords up to ~127 km, every
     * distance inside a city), where the first omitted term is under 1e-17 of the result, so the
     * answer is Math.asin's to the last bit or two. Math.asin is StrictMath's and no intrinsic: it
     * was 18 % of the engine's samples under load, nearly all in the fast path's candidate scan.
     */
    static double asin(final double x)
    {
        if (x >= SERIES_LIMIT)
        {
            return Math.asin(x);
        }
        final double x2 = x * x;
        return x * (1 + x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (5.0 / 112))));
    }
}
