package dev.kairos.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.http.Json;
import dev.kairos.gateway.http.LocationFormat;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.published.PillacReader;
import dev.kairos.scenarios.published.PublishedData;
import dev.kairos.scenarios.scenario.CityScenario;
import dev.kairos.scenarios.scenario.PillacScenario;
import dev.kairos.scenarios.scenario.Scenario;
import dev.kairos.scenarios.scenario.ScenarioCommands;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Commands written as requests and read back by the API's decoders come back equal: a city's, and a published plane's. */
class RequestBodiesTest
{
    @Test
    void shouldRoundTripACitysCommandsThroughTheDecoders() throws Exception
    {
        final Scenario city = CityScenario.day(CityProfile.demo(7), Instant.parse("2026-11-23T08:00:00Z").toEpochMilli(),
            Duration.ofHours(8));

        assertRoundTrips(city, LocationFormat.GEOGRAPHIC);
        assertThat(ScenarioCommands.slaPolicies(city)).isNotEmpty();
    }

    @Test
    void shouldRoundTripAPublishedPlanesCommandsThroughTheDecoders() throws Exception
    {
        final PublishedData data = PublishedData.fromSystemProperty();
        final Scenario rc101 = PillacScenario.of(PillacReader.read(data.pillacFile(PublishedData.pillacName("RC101"))), null, 25);

        assertRoundTrips(rc101, LocationFormat.PLANAR);
        assertThat(ScenarioCommands.depots(rc101)).isNotEmpty();
    }

    @Test
    void shouldNameTheRouteOfEachFieldStep()
    {
        final RequestBodies.Request checkIn = RequestBodies.of(
            new TicketProgress(1, "T-1", TicketStatus.ON_SITE, new Location(51.5, -0.1), null, null));
        final RequestBodies.Request unpin = RequestBodies.of(new PinTicket(1, "T-1", null));

        assertThat(checkIn.method() + " " + checkIn.path()).isEqualTo("POST /v1/tickets/T-1/on-site");
        assertThat(checkIn.body()).isEqualTo(new Location(51.5, -0.1));
        assertThat(unpin.method() + " " + unpin.path()).isEqualTo("DELETE /v1/tickets/T-1/pin");
    }

    @Test
    void shouldRefuseACounterTimeTheApiCannotSay()
    {
        final PutDepot depot = new PutDepot(1, "D-1", new Location(1, 2), java.util.Collections.emptySortedMap(),
            java.util.Collections.emptySortedSet(), 90_000);

        assertThatThrownBy(() -> RequestBodies.of(depot)).hasMessageContaining("whole minutes").hasMessageContaining("D-1");
    }

    private static void assertRoundTrips(final Scenario scenario, final LocationFormat locations) throws Exception
    {
        for (final PutDepot put : ScenarioCommands.depots(scenario))
        {
            assertThat(EngineerDecoder.depot(put.depotId(), body(put, locations), put.at(), locations)).isEqualTo(put);
        }
        for (final PutEngineer put : ScenarioCommands.engineers(scenario))
        {
            assertThat(EngineerDecoder.put(put.engineerId(), body(put, locations), put.at(), locations)).isEqualTo(put);
        }
        for (final PutSlaPolicy put : ScenarioCommands.slaPolicies(scenario))
        {
            assertThat(SlaPolicyDecoder.put(put.policyId(), body(put, locations), put.reapply(), put.at(), name -> true))
                .isEqualTo(put);
        }
        final List<Scenario.Ticket> tickets = ScenarioCommands.byRelease(scenario);
        assertThat(tickets).isNotEmpty();
        for (int i = 0; i < tickets.size(); i++)
        {
            final Scenario.Ticket ticket = tickets.get(i);
            // Every other one created pinned, as greedy's are.
            final CreateTicket create = new CreateTicket(ScenarioCommands.releaseMillis(scenario, ticket),
                ScenarioCommands.ticket(scenario, ticket), i % 2 == 0 ? "E-1" : null);
            assertThat(TicketDecoder.create(body(create, locations), create.at(), null, locations)).isEqualTo(create);
        }
    }

    private static JsonNode body(final dev.kairos.solver.command.Command command, final LocationFormat locations) throws Exception
    {
        return Json.MAPPER.readTree(Json.writer(locations).writeValueAsBytes(RequestBodies.of(command).body()));
    }
}
