package dev.kairos.scenarios.scenario;

import dev.kairos.scenarios.published.PillacInstance;
import dev.kairos.scenarios.published.PillacReader;
import dev.kairos.scenarios.published.PublishedData;
import dev.kairos.scenarios.published.ReleaseDates;
import dev.kairos.scenarios.published.ReleaseDatesReader;
import dev.kairos.solver.domain.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The published C101 instance and its 10 % dynamic variant as a planar scenario. */
class PillacScenarioTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();
    private static final String C101 = PublishedData.pillacName("C101");

    @TempDir
    Path folder;

    @Test
    void shouldCarryEveryRowOfC101WithItsReleaseDate() throws IOException
    {
        final Scenario scenario = c101(10, 25);

        assertThat(scenario.name()).isEqualTo("C101-rd10-crew25");
        assertThat(scenario.planar()).isTrue();
        assertThat(scenario.area().unitMinutes()).isEqualTo(1.0);
        assertThat(scenario.minutes()).as("a step past the depot's closing time").isEqualTo(1237);
        assertThat(scenario.waitForWindow()).isTrue();
        assertThat(scenario.planAhead()).as("the known requests are planned before the day").isEqualTo(60);
        assertThat(ScenarioCommands.releaseMillis(scenario, scenario.tickets().get(0)))
            .isEqualTo(ScenarioCommands.startMillis(scenario) - 60 * 60_000);
        assertThat(scenario.depots()).singleElement().satisfies(depot ->
        {
            assertThat(depot.location()).isEqualTo(Scenario.Point.planar(40, 50));
            assertThat(depot.stock()).containsOnlyKeys("part-0", "part-1", "part-2", "part-3", "part-4");
            assertThat(depot.tools()).as("the authors' depot lends every tool")
                .containsExactly("tool-0", "tool-1", "tool-2", "tool-3", "tool-4");
            assertThat(depot.counterMinutes()).as("the depot row's service time").isZero();
        });
        assertThat(scenario.engineers()).hasSize(25);
        assertThat(scenario.engineers().get(0)).isEqualTo(new Scenario.Engineer("T01", "technician 1",
            Scenario.Point.planar(9, 6), Map.of("skill-1", 1, "skill-3", 1, "skill-4", 1), List.of("tool-1", "tool-2", "tool-3"),
            new Scenario.Shift(0, 1236, List.of(), 0), Map.of("part-0", 3, "part-2", 4, "part-3", 4), null));
        assertThat(scenario.tickets()).hasSize(100);
        assertThat(scenario.tickets().get(0)).isEqualTo(new Scenario.Ticket("R026", "request 26", 0,
            dev.kairos.solver.domain.Priority.P3, null, Scenario.Point.planar(45, 68), Map.of("skill-4", 1), List.of(),
            Map.of("part-0", 1, "part-2", 1), 90, new Scenario.Window(912, 967), null));
        assertThat(scenario.tickets()).filteredOn(ticket -> ticket.release() > 0).hasSize(10);
        assertThat(scenario.tickets()).filteredOn(ticket -> ticket.id().equals("R035")).singleElement()
            .extracting(Scenario.Ticket::release).isEqualTo(284.0);
    }

    @Test
    void shouldKeepTheFirstTechniciansOfASmallerCrew() throws IOException
    {
        final Scenario scenario = c101(50, 10);

        assertThat(scenario.name()).isEqualTo("C101-rd50-crew10");
        assertThat(scenario.engineers()).extracting(Scenario.Engineer::id).hasSize(10).last().isEqualTo("T10");
        assertThat(scenario.tickets()).filteredOn(ticket -> ticket.release() > 0).hasSize(50);
    }

    @Test
    void shouldWriteAValidFileThatGivesPlanarLocations() throws IOException
    {
        final Scenario scenario = c101(30, 25);
        final Path file = folder.resolve("c101.json");

        ScenarioFile.write(scenario, file);
        final Scenario again = ScenarioFile.read(file);

        assertThat(again).isEqualTo(scenario);
        assertThat(ScenarioCommands.depots(again).get(0).location()).isEqualTo(new Location(40, 50));
        assertThat(ScenarioCommands.depots(again).get(0).tools()).hasSize(5);
        assertThat(ScenarioCommands.depots(again).get(0).counterMillis()).as("no time at the counter, as the instance says").isZero();
    }

    @Test
    void shouldTakeTheDepotRowsServiceTimeAsItsCounterTimeStaticOrDynamic() throws IOException
    {
        final PillacInstance c101 = PillacReader.read(DATA.pillacFile(C101));

        assertThat(c101.depot().service()).isZero();
        assertThat(ScenarioCommands.depots(PillacScenario.of(c101)).get(0).counterMillis()).isZero();
        assertThat(ScenarioCommands.depots(c101(90, 25)).get(0).counterMillis()).isZero();
    }

    @Test
    void shouldRefuseReleaseDatesOfAnotherInstance() throws IOException
    {
        final PillacInstance c101 = PillacReader.read(DATA.pillacFile(C101));
        final ReleaseDates r101 = ReleaseDatesReader.read(
            ReleaseDatesReader.file(DATA.releaseDatesDirectory(), PublishedData.pillacName("R101"), 10));

        assertThatThrownBy(() -> PillacScenario.of(c101, r101, 25)).hasMessageContaining("not " + C101);
    }

    private static Scenario c101(final int percent, final int crew) throws IOException
    {
        return PillacScenario.of(PillacReader.read(DATA.pillacFile(C101)),
            ReleaseDatesReader.read(ReleaseDatesReader.file(DATA.releaseDatesDirectory(), C101, percent)), crew);
    }
}
