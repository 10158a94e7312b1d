package dev.kairos.gateway.push;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.Api;
import dev.kairos.gateway.ServerContext;
import dev.kairos.gateway.TestServer;
import dev.kairos.solver.domain.Area;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server on a planar area speaks {x, y}: it reads them in every kind of request, writes them in
 * responses and events, plans on the plane at the journaled unit, refuses {lat, lon} naming the
 * field, keeps the area across a restart, and cannot be switched once something is located.
 */
class PlanarIT
{
    private static final String ENGINEER = """
        {"name":"Ada","home":{"x":0,"y":0},"skills":["hvac"],
         "shift":{"start":"2026-11-23T08:00:00Z","end":"2026-11-23T18:00:00Z"}}""";
    private static final String TICKET = """
        {"title":"Boiler","priority":"P3","location":{"x":30,"y":40},"skills":["hvac"],"durationMinutes":30}""";

    @TempDir
    Path data;
    private TestServer server;

    @AfterEach
    void stop()
    {
        if (server != null)
        {
            server.close();
        }
    }

    private Api start(final Area area) throws InterruptedException
    {
        server = new TestServer(new ServerContext().port(0).dataFolder(data).optimiser(false).area(area));
        return server.api();
    }

    @Test
    void shouldSpeakXAndYAndPlanOnThePlane() throws Exception
    {
        Api api = start(Area.planar(60_000));
        assertThat(api.send("PUT", "/v1/engineers/E-1", ENGINEER).status()).isEqualTo(201);
        final Api.Response created = api.send("POST", "/v1/tickets", TICKET);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("location").path("x").asDouble()).isEqualTo(30);
        assertThat(created.body().path("location").has("lat")).isFalse();
        final JsonNode assignment = created.body().path("assignment");
        assertThat(Duration.between(Instant.ofEpochMilli(TestServer.START), Instant.parse(assignment.path("arrival").asText())))
            .as("50 units at a minute each").isEqualTo(Duration.ofMinutes(50));

        assertThat(api.send("POST", "/v1/engineers/E-1/location", "{\"x\":3,\"y\":4}").status()).isEqualTo(202);
        assertThat(api.get("/v1/engineers/E-1").body().path("location").path("y").asDouble()).isEqualTo(4);
        assertThat(api.send("PUT", "/v1/depots/D-1", "{\"location\":{\"x\":10,\"y\":10},\"stock\":{\"fuse\":2}}").status())
            .isEqualTo(201);
        try (StreamClient stream = StreamClient.open(server.server().url(), TestServer.ADMIN_KEY, null, true))
        {
            stream.subscribe("{\"type\":\"subscribe\",\"types\":[\"ticket.created\"],\"fromPosition\":0}");
            stream.awaitEvent("ticket.created", created.body().path("position").asLong());
            assertThat(stream.eventTexts()).anySatisfy(text -> assertThat(text).contains("\"location\":{\"x\":30.0,\"y\":40.0}"));
        }

        final Api.Response geographic = api.send("POST", "/v1/tickets", TICKET.replace("{\"x\":30,\"y\":40}", "{\"lat\":51.5,\"lon\":-0.1}"));
        assertThat(geographic.status()).isEqualTo(400);
        assertThat(geographic.body().path("errors")).anySatisfy(error ->
            assertThat(error.path("field").asText()).isEqualTo("location.lat"));

        server.close();
        api = start(null);
        assertThat(api.get("/v1/tickets/T-1").body().path("location").path("x").asDouble())
            .as("the journal keeps the area").isEqualTo(30);
    }

    @Test
    void shouldRefuseToStartOnAnotherAreaOnceSomethingIsLocated() throws Exception
    {
        final Api api = start(null);
        assertThat(api.send("PUT", "/v1/engineers/E-1", ENGINEER.replace("{\"x\":0,\"y\":0}", "{\"lat\":51.5,\"lon\":-0.1}"))
            .status()).isEqualTo(201);
        server.close();
        server = null;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> start(Area.planar(60_000)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("--area planar")
            .hasMessageContaining("already located");
    }
}
