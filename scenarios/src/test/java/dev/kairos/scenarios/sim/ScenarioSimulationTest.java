package dev.kairos.scenarios.sim;

import dev.kairos.scenarios.published.PillacReader;
import dev.kairos.scenarios.published.PublishedData;
import dev.kairos.scenarios.published.ReleaseDatesReader;
import dev.kairos.scenarios.scenario.PillacScenario;
import dev.kairos.scenarios.scenario.Scenario;
import dev.kairos.scenarios.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Scenario files on the simulator: a hand-written geographic day, and a published TRSP day on a plane. */
class ScenarioSimulationTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();

    @TempDir
    Path folder;

    @Test
    void shouldRunTheExampleFile() throws Exception
    {
        final Scenario example = ScenarioFile.read(Path.of(getClass().getResource("/scenarios/small-city.json").toURI()));

        final Kpis kpis = Simulation.run(example, Policy.KAIROS, folder.resolve("example"));

        assertThat(kpis.scenario()).isEqualTo("small-city");
        assertThat(kpis.released()).isEqualTo(3);
        assertThat(kpis.completed()).as(kpis.row()).isEqualTo(3);
        assertThat(kpis.workingMinutes()).as("three visits of 135 minutes in all, plus driving").isGreaterThan(135);
    }

    /**
     * R101 with half its requests released during the day (horizon 230): every request released, the
     * day repeats exactly, travel is measured on the plane (the instance's units, not kilometres), and
     * Kairos misses no window (one, when the simulator moved engineers on whole minutes only).
     */
    @ParameterizedTest
    @EnumSource(Policy.class)
    void shouldRunADynamicTrspDayOnAPlane(final Policy policy) throws IOException
    {
        final Scenario r101 = r101(50);

        final Kpis first = Simulation.run(r101, policy, folder.resolve("a"));
        final Kpis second = Simulation.run(r101, policy, folder.resolve("b"));

        assertThat(second).as("%s, %s", r101.name(), policy).isEqualTo(first);
        assertThat(first.released()).isEqualTo(100);
        assertThat(first.completed()).as(first.row()).isPositive();
        assertThat(first.completed() + first.open()).isEqualTo(first.released());
        assertThat(first.workingMinutes()).as(first.row()).isPositive();
        assertThat(first.visitsWithoutTools()).as("every visit reached with its tools, own or borrowed: %s", first.row()).isZero();
        if (policy == Policy.KAIROS)
        {
            // Engineers arrive when the plan says, not at the next whole minute: a planned visit never starts late.
            assertThat(first.missedWindows()).as(first.row()).isZero();
        }
        // Requests are within a 100 x 100 square; a kilometre reading of x/y as degrees would be thousands per leg.
        assertThat(first.travelKm() / first.completed()).as(first.row()).isLessThan(150);
    }

    /**
     * R101 with a tenth of its requests released during the day: opened at the start, the engine
     * dispatches the fast path's first visits at once and no round can undo them; opened an hour
     * ahead, the known requests are planned before anyone sets off, and more of them are served.
     */
    @Test
    void shouldServeMoreWhenTheKnownRequestsArePlannedAhead() throws IOException
    {
        final Scenario ahead = r101(10);
        final Scenario atStart = new Scenario(ahead.format(), ahead.name(), ahead.description(), ahead.start(), ahead.minutes(),
            ahead.waitForWindow(), null, ahead.area(), ahead.depots(), ahead.engineers(), ahead.slaPolicies(), ahead.tickets());

        final Kpis planned = Simulation.run(ahead, Policy.KAIROS, folder.resolve("ahead"));
        final Kpis unplanned = Simulation.run(atStart, Policy.KAIROS, folder.resolve("start"));

        assertThat(ahead.planAhead()).isPositive();
        assertThat(planned.completed()).as("%s against %s", planned.row(), unplanned.row()).isGreaterThan(unplanned.completed());
        assertThat(planned.missedWindows()).as(planned.row()).isZero();
    }

    private static Scenario r101(final int percent) throws IOException
    {
        final String name = PublishedData.pillacName("R101");
        return PillacScenario.of(PillacReader.read(DATA.pillacFile(name)),
            ReleaseDatesReader.read(ReleaseDatesReader.file(DATA.releaseDatesDirectory(), name, percent)), 25);
    }
}
