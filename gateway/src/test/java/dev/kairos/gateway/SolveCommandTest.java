package dev.kairos.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.http.Json;
import dev.kairos.scenarios.published.PublishedData;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kairos solve} tells the two published formats apart by their own headers, and checks a fixed crew size first. */
class SolveCommandTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();

    @Test
    void shouldReadPillacFilesAsTrspAndSolomonFilesAsVrptw() throws Exception
    {
        assertThat(SolveCommand.isPillac(DATA.pillacFile(PublishedData.pillacName("RC208")))).isTrue();
        assertThat(SolveCommand.isPillac(DATA.solomonFile("RC208"))).isFalse();
    }

    @Test
    void shouldRejectATechnicianCountTheCrewCannotGiveBeforeSolving()
    {
        final String pillac = DATA.pillacFile(PublishedData.pillacName("C101")).toString();

        for (final String bad : new String[]{"0", "-1", "26"})
        {
            final StringWriter err = new StringWriter();
            final int exit = solve(err, pillac, "--technicians", bad);

            assertThat(exit).as(bad).isEqualTo(2);
            assertThat(err.toString()).as(bad)
                .contains("--technicians " + bad + ": technicians must be 1 to 25 (the crew of C101.100_25-5-5-5), not " + bad);
        }
        final StringWriter err = new StringWriter();
        assertThat(solve(err, DATA.solomonFile("C101").toString(), "--technicians", "3")).isEqualTo(2);
        assertThat(err.toString()).contains("--technicians applies to Pillac TRSP files");
    }

    @Test
    void shouldReportTheCountAskedForInTheJson() throws Exception
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final PrintStream original = System.out;
        final int exit;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try
        {
            exit = solve(new StringWriter(), DATA.pillacFile(PublishedData.pillacName("R211")).toString(), "--seconds", "1",
                "--technicians", "published", "--json");
        }
        finally
        {
            System.setOut(original);
        }

        final JsonNode row = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(row.get("technicians").asInt()).isEqualTo(8).isEqualTo(row.get("bestVehicles").asInt());
        // Whether a second is enough depends on the machine; the output must agree with itself either way.
        assertThat(row.get("countHeld").asBoolean()).isEqualTo(row.get("vehicles").asInt() == 8);
        assertThat(exit).isEqualTo(row.get("feasible").asBoolean() ? 0 : 1);
    }

    @Test
    void shouldSayWhenTooFewTechniciansCannotServeEveryRequest() throws Exception
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final PrintStream original = System.out;
        final int exit;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try
        {
            exit = solve(new StringWriter(), DATA.pillacFile(PublishedData.pillacName("C101")).toString(), "--seconds", "1",
                "--technicians", "1");
        }
        finally
        {
            System.setOut(original);
        }

        // One technician cannot serve C101's hundred requests in a day: no budget makes it feasible.
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
            .contains("asked for 1 technicians: within 1 s the search found no plan serving every request with them")
            .contains("technicians serve requests, not the 1 asked for");
    }

    private static int solve(final StringWriter err, final String... args)
    {
        final CommandLine command = new CommandLine(new SolveCommand());
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }
}
