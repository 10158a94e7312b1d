package dev.kairos.scenarios.city;

import dev.kairos.solver.domain.Location;

/**
 * What city to generate. {@code ticketsPerHour} is the mean arrival rate of the live ticket stream.
 */
public record CityProfile(
    long seed,
    Location centre,
    double radiusKm,
    int depots,
    int engineers,
    int hotspots,
    double ticketsPerHour)
{
    /** The demo's default: a mid-sized city, 40 engineers, a ticket every couple of minutes. */
    public static CityProfile demo(final long seed)
    {
        return new CityProfile(seed, new Location(51.5072, -0.1276), 15, 3, 40, 6, 30);
    }
}
