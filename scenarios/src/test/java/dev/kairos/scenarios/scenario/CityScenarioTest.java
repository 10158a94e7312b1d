package dev.kairos.scenarios.scenario;

import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.CityGenerator;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.city.FieldServiceSla;
import dev.kairos.scenarios.city.TicketStream;
import dev.kairos.solver.command.CreateTicket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A generated city's day as a file gives the engine the very commands the generator gives. */
class CityScenarioTest
{
    private static final long DAY_START = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli();
    private static final long SEED = 7;
    private static final CityProfile PROFILE = new CityProfile(SEED, CityProfile.demo(SEED).centre(), 8, 2, 6, 3, 12);

    @TempDir
    Path folder;

    @Test
    void shouldWriteTheSameFileForTheSameSeed() throws IOException
    {
        ScenarioFile.write(CityScenario.day(PROFILE, DAY_START, Duration.ofHours(3)), folder.resolve("a.json"));
        ScenarioFile.write(CityScenario.day(PROFILE, DAY_START, Duration.ofHours(3)), folder.resolve("b.json"));

        assertThat(Files.readString(folder.resolve("a.json"))).as("seed %d", SEED)
            .isEqualTo(Files.readString(folder.resolve("b.json")));
    }

    @Test
    void shouldGiveTheGeneratorsCommandsAfterAFileRoundTrip() throws IOException
    {
        final Path file = folder.resolve("city.json");
        ScenarioFile.write(CityScenario.day(PROFILE, DAY_START, Duration.ofHours(3)), file);
        final Scenario scenario = ScenarioFile.read(file);
        final City city = new CityGenerator(PROFILE).build(DAY_START);

        assertThat(ScenarioCommands.depots(scenario)).isEqualTo(city.depots());
        assertThat(ScenarioCommands.engineers(scenario)).isEqualTo(city.engineers());
        assertThat(ScenarioCommands.slaPolicies(scenario)).isEqualTo(FieldServiceSla.policies(DAY_START));
        final List<CreateTicket> expected = streamed(city, DAY_START + Duration.ofHours(3).toMillis());
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(ScenarioCommands.byRelease(scenario).stream()
            .map(ticket -> new CreateTicket(ScenarioCommands.millis(scenario, ticket.release()),
                ScenarioCommands.ticket(scenario, ticket)))
            .toList()).isEqualTo(expected);
    }

    /** What the simulation released before scenarios: the stream sampled on one-minute steps. */
    private static List<CreateTicket> streamed(final City city, final long end)
    {
        final TicketStream stream = new TicketStream(city, SEED);
        final List<CreateTicket> tickets = new ArrayList<>();
        long next = DAY_START + stream.nextGapMillis();
        for (long t = DAY_START; t < end; t += 60_000)
        {
            while (next <= t)
            {
                tickets.add(stream.next(t));
                next += stream.nextGapMillis();
            }
        }
        return tickets;
    }
}
