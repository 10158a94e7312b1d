package dev.kairos.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A depot's counter time over real HTTP: 10 minutes unless the depot is put with its own, shown by
 * the depot's views, kept across a restart, added to the arrival of a visit whose parts are picked up
 * there; a negative or absurd one is refused naming the field and value, and changes nothing.
 */
class DepotCounterIT
{
    private static final String DEPOT = "{\"location\":{\"lat\":51.52,\"lon\":-0.11},\"stock\":{\"filter\":9}";

    @TempDir
    Path data;

    @Test
    void shouldTakeTenMinutesUnlessGivenAndKeepItAcrossARestart() throws Exception
    {
        try (TestServer server = new TestServer(data.resolve("round-trip")))
        {
            final Api api = server.api();
            final Api.Response defaulted = api.send("PUT", "/v1/depots/D-1", DEPOT + "}");
            assertThat(defaulted.status()).as(defaulted.raw().body()).isEqualTo(201);
            assertThat(defaulted.body().path("counterMinutes").asInt()).isEqualTo(10);

            final Api.Response own = api.send("PUT", "/v1/depots/D-1", DEPOT + ",\"counterMinutes\":0}");
            assertThat(own.status()).as(own.raw().body()).isEqualTo(200);
            assertThat(own.body().path("counterMinutes").isIntegralNumber()).isTrue();
            assertThat(own.body().path("counterMinutes").asInt()).isZero();
            assertThat(api.get("/v1/depots/D-1").body().path("counterMinutes").asInt()).isZero();
        }
        try (TestServer restarted = new TestServer(data.resolve("round-trip")))
        {
            assertThat(restarted.api().get("/v1/depots/D-1").body().path("counterMinutes").asInt()).as("replayed from the journal")
                .isZero();
        }
    }

    @Test
    void shouldAddTheDepotsCounterTimeToTheArrivalOfAVisitPickingUpThere() throws Exception
    {
        final Instant none = arrivalThroughDepot("none", ",\"counterMinutes\":0");
        final Instant defaulted = arrivalThroughDepot("default", "");
        final Instant slow = arrivalThroughDepot("slow", ",\"counterMinutes\":25");

        assertThat(Duration.between(none, defaulted)).isEqualTo(Duration.ofMinutes(10));
        assertThat(Duration.between(none, slow)).isEqualTo(Duration.ofMinutes(25));
    }

    @Test
    void shouldRefuseANegativeOrAbsurdCounterTimeNamingItAndChangeNothing() throws Exception
    {
        try (TestServer server = new TestServer(data.resolve("refused")))
        {
            final Api api = server.api();
            assertThat(api.send("PUT", "/v1/depots/D-1", DEPOT + ",\"counterMinutes\":25}").status()).isEqualTo(201);
            final long position = server.position();

            assertRefused(api.send("PUT", "/v1/depots/D-1", DEPOT + ",\"counterMinutes\":-1}"), "-1", "between 0 and 480");
            assertRefused(api.send("PUT", "/v1/depots/D-1", DEPOT + ",\"counterMinutes\":481}"), "481", "between 0 and 480");
            assertRefused(api.send("PUT", "/v1/depots/D-1", DEPOT + ",\"counterMinutes\":2.5}"), "2.5", "whole number");
            assertRefused(api.send("PUT", "/v1/depots/D-2", DEPOT + ",\"counterMinutes\":\"10\"}"), "10", "whole number");

            assertThat(server.position()).as("nothing journaled").isEqualTo(position);
            assertThat(api.get("/v1/depots/D-1").body().path("counterMinutes").asInt()).isEqualTo(25);
            assertThat(api.get("/v1/depots/D-2").status()).isEqualTo(404);
        }
    }

    /** On a server of its own: an engineer whose van lacks filters, a depot with them, and a ticket needing 7. */
    private Instant arrivalThroughDepot(final String name, final String counter) throws Exception
    {
        try (TestServer server = new TestServer(data.resolve(name)))
        {
            final Api api = server.api();
            assertThat(api.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada")).status()).isEqualTo(201);
            assertThat(api.send("PUT", "/v1/depots/D-1", DEPOT + counter + "}").status()).isEqualTo(201);
            final Api.Response created = api.send("POST", "/v1/tickets", Bodies.ticket("pick-up").replace("\"filter\":2", "\"filter\":7"));
            assertThat(created.text("status")).as(created.raw().body()).isEqualTo("PLANNED");
            final JsonNode stop = api.get("/v1/engineers/E-1/route").body().path("stops").get(0);
            assertThat(stop.path("pickUp").path("depotId").asText()).isEqualTo("D-1");
            return Instant.parse(stop.path("arrival").asText());
        }
    }

    private static void assertRefused(final Api.Response response, final String value, final String message)
    {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        final JsonNode error = response.body().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("counterMinutes");
        assertThat(error.path("value").asText()).isEqualTo(value);
        assertThat(error.path("message").asText()).contains(message);
    }
}
