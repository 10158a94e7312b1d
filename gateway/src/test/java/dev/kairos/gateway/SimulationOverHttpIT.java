package dev.kairos.gateway;

import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.published.PillacReader;
import dev.kairos.scenarios.published.PublishedData;
import dev.kairos.scenarios.published.ReleaseDatesReader;
import dev.kairos.scenarios.scenario.CityScenario;
import dev.kairos.scenarios.scenario.PillacScenario;
import dev.kairos.scenarios.scenario.Scenario;
import dev.kairos.scenarios.sim.EngineLink;
import dev.kairos.scenarios.sim.Kpis;
import dev.kairos.scenarios.sim.Policy;
import dev.kairos.scenarios.sim.Simulation;
import dev.kairos.solver.domain.Area;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator over HTTP: every command a request to a real server on loopback, decoded by the
 * API's own decoders. A day over HTTP is the same day as through the inbox, to the last KPI, on a
 * geographic city and on a published instance's plane ({x, y} locations).
 */
class SimulationOverHttpIT
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();

    @TempDir
    Path folder;

    private final List<HttpLink> links = new ArrayList<>();

    @Test
    void shouldGiveTheSameCityDayOverHttpAsThroughTheInbox()
    {
        final long seed = 1;
        final CityProfile demo = CityProfile.demo(seed);
        final Scenario day = CityScenario.day(new CityProfile(seed, demo.centre(), 12, 2, 20, 5, 30),
            Instant.parse("2026-11-23T08:00:00Z").toEpochMilli(), Duration.ofHours(3));

        final Kpis inbox = Simulation.run(day, Policy.KAIROS, folder.resolve("inbox"), Simulation.ROUNDS_PER_STEP, EngineLink.INBOX);
        final Kpis http = Simulation.run(day, Policy.KAIROS, folder.resolve("http"), Simulation.ROUNDS_PER_STEP, this::open);

        assertThat(http).as("seed %d", seed).isEqualTo(inbox);
        assertThat(inbox.completed()).as(inbox.row()).isPositive();
        // Each engineer and ticket put, and each completed visit's check-in and completion, was a request.
        assertThat(links.get(0).requests()).isGreaterThanOrEqualTo(20 + inbox.released() + 2L * inbox.completed());
    }

    @Test
    void shouldGiveTheSameDayOnAPlaneOverHttp() throws Exception
    {
        final String name = PublishedData.pillacName("R101");
        final Scenario r101 = PillacScenario.of(PillacReader.read(DATA.pillacFile(name)),
            ReleaseDatesReader.read(ReleaseDatesReader.file(DATA.releaseDatesDirectory(), name, 50)), 25);

        final Kpis inbox = Simulation.run(r101, Policy.GREEDY, folder.resolve("inbox"), Simulation.ROUNDS_PER_STEP, EngineLink.INBOX);
        final Kpis http = Simulation.run(r101, Policy.GREEDY, folder.resolve("http"), Simulation.ROUNDS_PER_STEP, this::open);

        assertThat(http).isEqualTo(inbox);
        assertThat(inbox.released()).isEqualTo(100);
        assertThat(links.get(0).requests()).isGreaterThanOrEqualTo(25 + 100 + 2L * inbox.completed());
    }

    private EngineLink open(final Path journal, final InstantSource clock, final Area area)
    {
        final HttpLink link = (HttpLink)HttpLink.open(journal, clock, area);
        links.add(link);
        return link;
    }
}
