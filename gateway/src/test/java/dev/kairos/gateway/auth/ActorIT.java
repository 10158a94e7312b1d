package dev.kairos.gateway.auth;

import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A ticket's events say who did what: the API key behind each request, "kairos" for the engine's own. */
class ActorIT
{
    @TempDir
    Path data;
    private TestServer server;

    @BeforeEach
    void start() throws Exception
    {
        server = new TestServer(data);
    }

    @AfterEach
    void stop()
    {
        server.close();
    }

    @Test
    void shouldShowWhichKeyCausedEachEventAndKeepItAcrossARestart() throws Exception
    {
        final Api admin = server.api();
        assertThat(admin.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada")).status()).isEqualTo(201);
        final Keys.Made helpdesk = Keys.make(admin, "INTEGRATION", null, null);
        final Keys.Made dispatcher = Keys.make(admin, "DISPATCHER", null, null);
        final Keys.Made van = Keys.make(admin, "ENGINEER", "E-1", null);
        final String url = server.server().url();

        final String id = new Api(url, helpdesk.secret()).send("POST", "/v1/tickets", Bodies.ticket("no heat")).text("id");
        assertThat(new Api(url, dispatcher.secret()).send("PATCH", "/v1/tickets/" + id, "{\"title\":\"no heat at all\"}").status())
            .isEqualTo(200);
        server.advance(Duration.ofMinutes(31));
        await().atMost(10, TimeUnit.SECONDS).until(() -> types(admin, id).contains("plan.dispatched"));
        assertThat(new Api(url, van.secret()).send("POST", "/v1/tickets/" + id + "/accept", null).status()).isEqualTo(200);
        server.advance(Duration.ofHours(12)); // accepted: the response clock is met; the resolution clock (24 h) reaches 50 %
        await().atMost(10, TimeUnit.SECONDS).until(() -> types(admin, id).contains("sla.warning"));

        final List<String> expected = List.of(
            "ticket.created by " + helpdesk.id(), "plan.assigned by " + helpdesk.id(), "ticket.updated by " + dispatcher.id(),
            "plan.dispatched by kairos", "ticket.status by " + van.id(), "sla.warning by kairos");
        assertThat(byWhom(admin, id)).containsSubsequence(expected);

        server.close();
        server = new TestServer(data);
        assertThat(byWhom(server.api(), id)).as("replayed from the journal").containsSubsequence(expected);
    }

    private static List<String> types(final Api api, final String id) throws Exception
    {
        final List<String> types = new ArrayList<>();
        api.get("/v1/tickets/" + id + "/events").body().path("events").forEach(event -> types.add(event.path("type").asText()));
        return types;
    }

    private static List<String> byWhom(final Api api, final String id) throws Exception
    {
        final List<String> events = new ArrayList<>();
        for (final JsonNode event : api.get("/v1/tickets/" + id + "/events").body().path("events"))
        {
            events.add(event.path("type").asText() + " by " + event.path("by").asText());
        }
        return events;
    }
}
