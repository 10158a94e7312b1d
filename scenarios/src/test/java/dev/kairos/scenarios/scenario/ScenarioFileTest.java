package dev.kairos.scenarios.scenario;

import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scenario format: the documented example reads, writes back unchanged, and bad fields are named. */
class ScenarioFileTest
{
    private static final long START = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli();

    @TempDir
    Path folder;

    @Test
    void shouldReadTheExampleFile() throws Exception
    {
        final Scenario scenario = ScenarioFile.read(example());

        assertThat(scenario.name()).isEqualTo("small-city");
        assertThat(scenario.planar()).isFalse();
        assertThat(scenario.depots()).singleElement().extracting(Scenario.Depot::tools).isEqualTo(List.of("meter"));
        assertThat(scenario.engineers()).extracting(Scenario.Engineer::id).containsExactly("E-001", "E-002");
        assertThat(scenario.tickets()).hasSize(3);
        assertThat(scenario.tickets().get(1).window()).isEqualTo(new Scenario.Window(60, 180));
    }

    @Test
    void shouldWriteAndReadBackTheSameScenario() throws Exception
    {
        final Scenario scenario = ScenarioFile.read(example());
        final Path copy = folder.resolve("copy.json");

        ScenarioFile.write(scenario, copy);
        final Scenario again = ScenarioFile.read(copy);

        assertThat(again).isEqualTo(scenario);
        assertThat(ScenarioFile.toJson(again)).isEqualTo(Files.readString(copy));
    }

    @Test
    void shouldTurnTheExampleIntoEngineCommands() throws Exception
    {
        final Scenario scenario = ScenarioFile.read(example());

        final PutEngineer ada = ScenarioCommands.engineers(scenario).get(0);
        final TicketSpec valve = ScenarioCommands.ticket(scenario, scenario.tickets().get(1));

        assertThat(ada.at()).isEqualTo(START);
        assertThat(ada.spec().skills()).containsExactly(new Skill("hvac", 2), new Skill("electrical", 1));
        assertThat(ada.spec().shift().breaks()).containsExactly(new TimeWindow(START + 240 * 60_000L, START + 270 * 60_000L));
        assertThat(ScenarioCommands.engineers(scenario).get(1).spec().capacity()).as("no capacity given").isEqualTo(-1);
        assertThat(valve.priority()).isEqualTo(Priority.P3);
        assertThat(valve.tier()).isEqualTo("gold");
        assertThat(valve.location()).isEqualTo(new Location(51.5, -0.11));
        assertThat(valve.window()).isEqualTo(new TimeWindow(START + 3_600_000L, START + 3 * 3_600_000L));
        assertThat(valve.due()).isEqualTo(TicketSpec.NO_TIME);
        assertThat(ScenarioCommands.byRelease(scenario)).extracting(Scenario.Ticket::id).containsExactly("T-1", "T-2", "T-3");
        assertThat(ScenarioCommands.slaPolicies(scenario)).hasSize(2);
        assertThat(ScenarioCommands.depots(scenario).get(0).tools()).as("the depot lends its tools").containsExactly("meter");
        assertThat(ScenarioCommands.depots(scenario).get(0).counterMillis()).as("no counter time given").isEqualTo(10 * 60_000L);
    }

    @Test
    void shouldGiveTheEngineADepotsOwnCounterTimeAndLeaveOutNone() throws Exception
    {
        final String json = Files.readString(example()).replace("\"tools\": [ \"meter\" ]", "\"tools\": [ \"meter\" ], \"counterMinutes\": 25");
        final Scenario scenario = ScenarioFile.parse(json, "own.json");

        assertThat(ScenarioCommands.depots(scenario).get(0).counterMillis()).isEqualTo(25 * 60_000L);
        assertThat(ScenarioFile.toJson(scenario)).contains("\"counterMinutes\" : 25");
        assertThat(ScenarioFile.toJson(ScenarioFile.read(example()))).doesNotContain("counterMinutes");
    }

    @Test
    void shouldNameANegativeCounterTime() throws Exception
    {
        final String json = Files.readString(example()).replace("\"tools\": [ \"meter\" ]", "\"tools\": [ \"meter\" ], \"counterMinutes\": -5");

        assertThatThrownBy(() -> ScenarioFile.parse(json, "bad.json"))
            .hasMessage("bad.json: field 'depots[0].counterMinutes': value '-5' must be between 0 and 480");
    }

    @Test
    void shouldNameABlankToolOfADepot() throws Exception
    {
        final String json = Files.readString(example()).replace("\"tools\": [ \"meter\" ]", "\"tools\": [ \" \" ]");

        assertThatThrownBy(() -> ScenarioFile.parse(json, "bad.json"))
            .hasMessage("bad.json: field 'depots[0].tools[0]': value ' ' must not be blank");
    }

    @Test
    void shouldLeaveOutTheToolsOfADepotThatLendsNone() throws Exception
    {
        final Scenario scenario = new Scenario(1, "p", null, "2026-11-23T00:00:00Z", 60, true, null,
            new Scenario.Area(Scenario.PLANAR, 1.0), List.of(new Scenario.Depot("D", Scenario.Point.planar(0, 0), Map.of("f", 1))),
            List.of(), List.of(), List.of());

        assertThat(ScenarioFile.toJson(scenario)).doesNotContain("tools");
    }

    @Test
    void shouldNameAFieldWithABadValue() throws Exception
    {
        final String json = Files.readString(example()).replace("\"end\": 510", "\"end\": 20");

        assertThatThrownBy(() -> ScenarioFile.parse(json, "bad.json"))
            .isInstanceOf(InvalidScenarioException.class)
            .hasMessage("bad.json: field 'engineers[1].shift.end': value '20.0' must be after start (30.0)")
            .extracting(e -> ((InvalidScenarioException)e).field()).isEqualTo("engineers[1].shift.end");
    }

    @Test
    void shouldRefuseANegativePlanAhead() throws Exception
    {
        final String json = Files.readString(example()).replace("\"waitForWindow\"", "\"planAheadMinutes\": -30, \"waitForWindow\"");

        assertThatThrownBy(() -> ScenarioFile.parse(json, "bad.json"))
            .hasMessage("bad.json: field 'planAheadMinutes': value '-30.0' must be from 0 to 1440 (a day)");
    }

    @Test
    void shouldNameAFieldOfTheWrongType() throws Exception
    {
        final String json = Files.readString(example()).replace("\"priority\": \"P2\"", "\"priority\": \"urgent\"");

        assertThatThrownBy(() -> ScenarioFile.parse(json, "bad.json"))
            .hasMessage("bad.json: field 'tickets[2].priority': value 'urgent' is not one of P1, P2, P3, P4");
    }

    @Test
    void shouldNameAnUnknownField() throws Exception
    {
        final String json = Files.readString(example()).replace("\"serviceMinutes\": 30", "\"serviceMinutes\": 30, \"colour\": 1");

        assertThatThrownBy(() -> ScenarioFile.parse(json, "bad.json"))
            .hasMessage("bad.json: field 'tickets[2].colour': unknown field 'colour'");
    }

    @Test
    void shouldNameAMissingNumber() throws Exception
    {
        final String json = Files.readString(example()).replace("\"serviceMinutes\": 30", "\"serviceMins\": 30");

        assertThatThrownBy(() -> ScenarioFile.parse(json, "bad.json"))
            .hasMessageStartingWith("bad.json: field 'tickets[2].serviceMinutes': missing or null; a value is required");
    }

    @Test
    void shouldRefusePlanarPointsInAGeographicArea() throws Exception
    {
        final String json = Files.readString(example())
            .replace("{ \"lat\": 51.53, \"lon\": -0.1 }", "{ \"x\": 3, \"y\": 4 }");

        assertThatThrownBy(() -> ScenarioFile.parse(json, "bad.json"))
            .hasMessageStartingWith("bad.json: field 'tickets[2].location': value 'Point[lat=null, lon=null, x=3.0, y=4.0]' "
                + "has x/y in a geographic area");
    }

    @Test
    void shouldRequireUnitMinutesInAPlanarArea()
    {
        final Scenario planar = new Scenario(1, "p", null, "2026-11-23T00:00:00Z", 60, true, null,
            new Scenario.Area(Scenario.PLANAR, null), List.of(), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> ScenarioFile.write(planar, folder.resolve("p.json")))
            .hasMessageContaining("field 'area.unitMinutes': missing or null; must be above 0");
    }

    @Test
    void shouldReportBrokenJsonWithItsLine()
    {
        assertThatThrownBy(() -> ScenarioFile.parse("{\n  \"format\": 1,\n  \"name\" \"x\"\n}", "broken.json"))
            .hasMessageStartingWith("broken.json: not valid JSON at line 3");
    }

    @Test
    void shouldReadTheExampleInTheDocs() throws Exception
    {
        final String docs = Files.readString(Path.of(System.getProperty("kairos.root"), "docs", "SCENARIOS.md"));
        final int from = docs.indexOf("```json\n") + "```json\n".length();
        final String json = docs.substring(from, docs.indexOf("```", from));

        final Scenario tiny = ScenarioFile.parse(json, "docs/SCENARIOS.md");

        assertThat(tiny.planar()).isTrue();
        assertThat(tiny.waitForWindow()).as("left out: false").isFalse();
        assertThat(tiny.tickets()).extracting(Scenario.Ticket::release).containsExactly(0.0, 45.5);
        assertThat(tiny.depots().get(0).tools()).containsExactly("tool-2");
        assertThat(ScenarioCommands.depots(tiny).get(0).counterMillis()).isZero();
        assertThat(ScenarioCommands.ticket(tiny, tiny.tickets().get(0)).location()).isEqualTo(new Location(30, 40));
    }

    private static Path example() throws URISyntaxException, IOException
    {
        return Path.of(ScenarioFileTest.class.getResource("/scenarios/small-city.json").toURI());
    }
}
