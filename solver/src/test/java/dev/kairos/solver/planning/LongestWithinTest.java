package dev.kairos.solver.planning;

import dev.kairos.solver.domain.Location;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TravelTimes#longestWithin} bounds every drive that rounds to at most the limit, including one
 * just short of rounding up to the next millisecond: a bound without the rounding's half millisecond
 * would rule out a place the near drive reaches.
 */
class LongestWithinTest
{
    private static final long LIMIT = 180_000;

    @Test
    void shouldBoundADriveThatRoundsDownToTheLimitOnTheRoad()
    {
        final GreatCircleTravel road = GreatCircleTravel.URBAN;
        final Location from = new Location(51.5, -0.12);
        final Location to = farthestRoundingTo(road, from);

        assertThat(road.millis(from, to)).isEqualTo(LIMIT);
        assertThat(road.distance(from, to)).as("within 0.05 ms of rounding up")
            .isGreaterThan((LIMIT + 0.45) / 3_600_000.0 * road.speedKmh())
            .isLessThanOrEqualTo(road.longestWithin(LIMIT));
        assertThat(road.millis(from, new Location(to.lat() + 1e-5, to.lon()))).as("a step beyond").isGreaterThan(LIMIT);
    }

    @Test
    void shouldBoundADriveThatRoundsDownToTheLimitOnThePlane()
    {
        final PlanarTravel plane = new PlanarTravel(60_000);
        final Location from = new Location(0, 0);
        final Location to = new Location((LIMIT + 0.49) / 60_000, 0);

        assertThat(plane.millis(from, to)).isEqualTo(LIMIT);
        assertThat(plane.distance(from, to)).isLessThanOrEqualTo(plane.longestWithin(LIMIT));
    }

    /** Due north of {@code from}, the farthest place (to about a nanodegree) whose drive still rounds to {@link #LIMIT}. */
    private static Location farthestRoundingTo(final TravelTimes travel, final Location from)
    {
        double low = 0;
        double high = 0.1;
        for (int i = 0; i < 80; i++)
        {
            final double mid = (low + high) / 2;
            if (travel.millis(from, new Location(from.lat() + mid, from.lon())) <= LIMIT)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }
        return new Location(from.lat() + low, from.lon());
    }
}
