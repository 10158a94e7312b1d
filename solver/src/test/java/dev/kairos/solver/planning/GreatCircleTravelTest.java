package dev.kairos.solver.planning;

import dev.kairos.solver.domain.Location;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GreatCircleTravelTest
{
    private static final long SEED = 20261123L;

    @Test
    void shouldGiveMathAsinsValueAcrossTheSeriesRangeAndBeyond()
    {
        final SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 1_000_000; i++)
        {
            final double x = i < 500_000 ? random.nextDouble(0, 0.01) : random.nextDouble(0, 1);
            final double expected = Math.asin(x);
            assertThat(GreatCircleTravel.asin(x)).as("asin(%s), seed %d", x, SEED)
                .isCloseTo(expected, within(4 * Math.ulp(expected)));
        }
        assertThat(GreatCircleTravel.asin(0)).isZero();
        assertThat(GreatCircleTravel.asin(1)).isEqualTo(Math.PI / 2);
    }

    @Test
    void shouldMeasureKnownDistancesInsideAndBetweenCities()
    {
        final Location trafalgar = new Location(51.50809, -0.12804);
        final Location stPauls = new Location(51.51381, -0.09844);
        // 343.5 km is the commonly quoted great-circle distance between these centres of London and Paris.
        final Location paris = new Location(48.85661, 2.35222);

        assertThat(GreatCircleTravel.haversineKm(trafalgar, stPauls)).isCloseTo(2.14, within(0.01));
        assertThat(GreatCircleTravel.haversineKm(trafalgar, paris)).isCloseTo(343.5, within(0.5));
        assertThat(GreatCircleTravel.haversineKm(paris, paris)).isZero();
    }
}
