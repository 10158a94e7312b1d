package dev.kairos.scenarios.sim;

import dev.kairos.scenarios.city.CityProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A simulated day drives the real engine to the same KPIs every time for a seed. */
class SimulationTest
{
    private static final long DAY_START = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli();
    private static final long SEED = 7;

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Policy.class)
    void shouldRepeatExactlyForASeed(final Policy policy)
    {
        final CityProfile profile = new CityProfile(SEED, CityProfile.demo(SEED).centre(), 8, 1, 6, 3, 12);

        final Kpis first = Simulation.run(profile, DAY_START, Duration.ofHours(3), policy, folder.resolve("a"));
        final Kpis second = Simulation.run(profile, DAY_START, Duration.ofHours(3), policy, folder.resolve("b"));

        assertThat(second).as("seed %d, %s", SEED, policy).isEqualTo(first);
        assertThat(first.released()).isPositive();
        assertThat(first.completed()).as("engineers finish work in three hours").isPositive();
        assertThat(first.completed() + first.open()).isEqualTo(first.released());
        assertThat(first.live().asOf()).as("live KPIs as of the end of the simulated day")
            .isEqualTo(DAY_START + Duration.ofHours(3).toMillis() - Duration.ofMinutes(1).toMillis());
        assertThat(first.live().backlog().values().stream().mapToInt(Integer::intValue).sum())
            .as("the live backlog counts the tickets the simulation left open").isEqualTo(first.open());
        assertThat(first.live().response().metOnTime() + first.live().response().breached()).isPositive();
    }

    @Test
    void greedyNeverMovesATicketOnceChosen()
    {
        final CityProfile profile = new CityProfile(SEED, CityProfile.demo(SEED).centre(), 8, 1, 6, 3, 12);

        final Kpis greedy = Simulation.run(profile, DAY_START, Duration.ofHours(2), Policy.GREEDY, folder.resolve("g"));

        assertThat(greedy.reassignments()).isZero();
    }

    /**
     * A small stressed city (16 engineers, 25 tickets an hour for 5 hours, more than twice what they can
     * do) under the field-service SLA: seed 4 is one where greedy breaches response clocks and Kairos
     * does not. The claim is for this seed only; RESULTS.md has the five-seed comparison. (At 20 an
     * hour on seed 3 the two tie once greedy no longer counts the engineer Kairos's fast path has just
     * given the ticket as busy: benchmarks/RESULTS.md, 2026-12-07 session 9.)
     */
    @Test
    void kairosBeatsGreedyOnSlaAttainmentInASmallStressedCity()
    {
        final long seed = 4;
        final CityProfile profile = new CityProfile(seed, CityProfile.demo(seed).centre(), 12, 2, 16, 4, 25);

        final Kpis kairos = Simulation.run(profile, DAY_START, Duration.ofHours(5), Policy.KAIROS, folder.resolve("k"));
        final Kpis greedy = Simulation.run(profile, DAY_START, Duration.ofHours(5), Policy.GREEDY, folder.resolve("g"));

        assertThat(greedy.live().response().breached()).as(greedy.row()).isPositive();
        assertThat(kairos.live().response().rate()).as("%s%n%s", kairos.row(), greedy.row())
            .isGreaterThan(greedy.live().response().rate());
        assertThat(kairos.completed()).isGreaterThanOrEqualTo(greedy.completed());
        // Per completed ticket: Kairos sends a farther engineer when the near ones would make work due today late
        // (Reach.dueToday), and completes more, so its day's total may be the longer one (482 km against 467 here).
        assertThat(kairos.travelPerCompleted()).isLessThan(greedy.travelPerCompleted());
    }
}
