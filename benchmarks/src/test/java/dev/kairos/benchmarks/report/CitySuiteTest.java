package dev.kairos.benchmarks.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The city suite: Kairos and greedy per seed, in the city the command line describes. */
class CitySuiteTest
{
    @Test
    void shouldKeepTheDefaultCitysNames()
    {
        final List<Task> tasks = Suites.city(List.of(1L, 2L), 8, 14, Suites.CITY_ENGINEERS, Suites.CITY_RADIUS_KM);

        assertThat(tasks).extracting(Task::key).containsExactly(
            "city/city-seed-1-8h-14ph/kairos", "city/city-seed-1-8h-14ph/greedy",
            "city/city-seed-2-8h-14ph/kairos", "city/city-seed-2-8h-14ph/greedy");
    }

    /** Greedy's day is quick; the row counts the engineers asked for and names the area. */
    @Test
    void shouldSimulateTheCityItIsGiven() throws Exception
    {
        final Task greedy = Suites.city(List.of(3L), 3, 6, 5, 20).get(1);

        final ResultRow row = greedy.work().run();

        assertThat(row.key()).isEqualTo("city/city-seed-3-3h-6ph-5e-20km/greedy");
        assertThat(row.vehicles()).isEqualTo(5);
        assertThat(row.objective()).as(row.detail()).isPositive();
        assertThat(row.detail()).startsWith("SLA response ").contains("released ");
    }
}
