package dev.kairos.gateway;

import dev.kairos.scenarios.published.PillacReader;
import dev.kairos.scenarios.published.PublishedData;
import dev.kairos.scenarios.published.ReleaseDatesReader;
import dev.kairos.scenarios.scenario.PillacScenario;
import dev.kairos.scenarios.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kairos simulate --scenario FILE} runs a scenario file and prints a KPI row per policy. */
class SimulateCommandTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();

    @TempDir
    Path folder;

    @Test
    void shouldRunAScenarioFile() throws Exception
    {
        final String r101 = PublishedData.pillacName("R101");
        final Path file = folder.resolve("r101.json");
        ScenarioFile.write(PillacScenario.of(PillacReader.read(DATA.pillacFile(r101)),
            ReleaseDatesReader.read(ReleaseDatesReader.file(DATA.releaseDatesDirectory(), r101, 90)), 25), file);
        final SimulateCommand command = new SimulateCommand();
        final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);

        final int exit = new CommandLine(command).execute("--scenario", file.toString(), "--policy", "GREEDY");

        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8))
            .startsWith("GREEDY  R101-rd90-crew25")
            .contains("released  100")
            .contains("missed windows");
    }

    @Test
    void shouldRefuseABadFileWithExitCodeTwo() throws Exception
    {
        final Path file = folder.resolve("bad.json");
        Files.writeString(file, "{\"format\": 2}");

        final int exit = new CommandLine(new SimulateCommand()).execute("--scenario", file.toString());

        assertThat(exit).isEqualTo(2);
    }

    @Test
    void shouldRunTheOptimiserTheRoundsAMinuteItIsGiven()
    {
        final String[] day = {"--engineers", "6", "--tickets-per-hour", "12", "--hours", "2", "--seeds", "3", "--policy", "KAIROS"};

        final String without = simulate(day, "--rounds-per-minute", "0");
        final String with = simulate(day, "--rounds-per-minute", "6");

        // Without rounds only the fast path plans; rounds move planned work, and the same rounds repeat exactly.
        assertThat(without).contains("reassignments 0 ");
        assertThat(with).doesNotContain("reassignments 0 ").isEqualTo(simulate(day, "--rounds-per-minute", "6"));
    }

    @Test
    void shouldRefuseNegativeRounds()
    {
        final int exit = new CommandLine(new SimulateCommand()).execute("--rounds-per-minute", "-1", "--seeds", "1");

        assertThat(exit).isEqualTo(2);
    }

    @Test
    void shouldSpreadTheCityOverTheRadiusItIsGiven()
    {
        final String[] day = {"--engineers", "6", "--tickets-per-hour", "8", "--hours", "5", "--seeds", "3", "--policy", "GREEDY",
            "--hotspots", "0"};

        // Same seed, same draws: every place is six times as far from the centre, so each visit is a longer drive.
        final double compact = travelPerCompletion(simulate(day, "--radius-km", "5"));
        final double regional = travelPerCompletion(simulate(day, "--radius-km", "30"));

        assertThat(compact).isPositive();
        assertThat(regional).isGreaterThan(3 * compact);
    }

    @Test
    void shouldRefuseAnAreaWithNoRadius()
    {
        assertThat(new CommandLine(new SimulateCommand()).execute("--radius-km", "0", "--seeds", "1")).isEqualTo(2);
        assertThat(new CommandLine(new SimulateCommand()).execute("--hotspots", "-1", "--seeds", "1")).isEqualTo(2);
    }

    private static double travelPerCompletion(final String row)
    {
        final Matcher travel = Pattern.compile("\\(\\s*([0-9.]+) a completion\\)").matcher(row);
        assertThat(travel.find()).as(row).isTrue();
        return Double.parseDouble(travel.group(1));
    }

    private static String simulate(final String[] day, final String... more)
    {
        final SimulateCommand command = new SimulateCommand();
        final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        final String[] args = Stream.concat(Arrays.stream(day), Arrays.stream(more))
            .toArray(String[]::new);
        assertThat(new CommandLine(command).execute(args)).isZero();
        return printed.toString(StandardCharsets.UTF_8);
    }
}
