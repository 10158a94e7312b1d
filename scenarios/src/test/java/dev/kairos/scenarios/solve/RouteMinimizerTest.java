package dev.kairos.scenarios.solve;

import dev.kairos.scenarios.check.VrptwChecker;
import dev.kairos.scenarios.check.VrptwReport;
import dev.kairos.scenarios.published.PublishedData;
import dev.kairos.scenarios.published.SolomonInstance;
import dev.kairos.scenarios.published.SolomonReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route minimiser and its polish, judged by the independent checker. Only outcomes that no
 * time limit decides are asserted: reaching the load bound (where the minimiser stops by itself)
 * and a polish run to its local optimum.
 */
class RouteMinimizerTest
{
    private static final long LONG = 600_000_000_000L;

    @Test
    void shouldReachTheLoadBoundOnC101TheSameWayEveryTime() throws Exception
    {
        final SolomonInstance instance = read("C101");

        final List<List<Integer>> first = new RouteMinimizer(instance, SolomonSolve.SEED).solve(in(LONG), in(LONG));
        final List<List<Integer>> second = new RouteMinimizer(instance, SolomonSolve.SEED).solve(in(LONG), in(LONG));

        final VrptwReport report = VrptwChecker.check(instance, first);
        assertThat(report.violations()).isEmpty();
        assertThat(report.vehiclesUsed()).as("1,810 of demand in vehicles of 200: ten at least").isEqualTo(10);
        assertThat(second).as("seed %d", SolomonSolve.SEED).isEqualTo(first);
    }

    @Test
    void shouldShortenConstructedRoutesWithoutAddingAVehicleOrBreakingAWindow() throws Exception
    {
        for (final String name : List.of("R101", "RC101", "R201", "C201"))
        {
            final SolomonInstance instance = read(name);
            final long now = System.nanoTime();
            final VrptwReport built = VrptwChecker.check(instance, new RouteMinimizer(instance, 1).solve(now, now));
            final VrptwReport polished = VrptwChecker.check(instance, new RouteMinimizer(instance, 1).solve(now, in(LONG)));

            assertThat(built.violations()).as("%s constructed", name).isEmpty();
            assertThat(polished.violations()).as("%s polished", name).isEmpty();
            assertThat(polished.vehiclesUsed()).as(name).isLessThanOrEqualTo(built.vehiclesUsed());
            assertThat(polished.distance()).as("%s: constructed %.1f", name, built.distance()).isLessThan(built.distance());
        }
    }

    @Test
    void shouldKeepEveryWindowAndNeverLengthenWhenRuiningAndRecreating() throws Exception
    {
        for (final String name : List.of("R101", "RC201", "C201"))
        {
            final SolomonInstance instance = read(name);
            final long now = System.nanoTime();
            final VrptwReport polished = VrptwChecker.check(instance, new RouteMinimizer(instance, 1).solve(now, in(LONG)));
            final VrptwReport searched = VrptwChecker.check(instance,
                new RouteMinimizer(instance, 1).solve(now, in(LONG), in(1_000_000_000L)));

            assertThat(searched.violations()).as(name).isEmpty();
            assertThat(searched.vehiclesUsed()).as(name).isLessThanOrEqualTo(polished.vehiclesUsed());
            if (searched.vehiclesUsed() == polished.vehiclesUsed())
            {
                assertThat(searched.distance()).as("%s: polished %.1f", name, polished.distance())
                    .isLessThanOrEqualTo(polished.distance() + 1e-9);
            }
        }
    }

    private static long in(final long nanos)
    {
        return System.nanoTime() + nanos;
    }

    private static SolomonInstance read(final String name) throws Exception
    {
        return SolomonReader.read(PublishedData.fromSystemProperty().solomonFile(name));
    }
}
