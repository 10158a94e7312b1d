package dev.kairos.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Explanations and recommendations over HTTP, scored by Timefold on a copy of the plan. */
class AdviceIT
{
    @TempDir
    Path data;
    private TestServer server;
    private Api api;

    /** A fresh server each test: which tickets an engineer already has changes every answer. */
    @BeforeEach
    void start() throws Exception
    {
        server = new TestServer(data);
        api = server.api();
        api.send("PUT", "/v1/engineers/E-NEAR", Bodies.engineer("Near"));
        api.send("PUT", "/v1/engineers/E-FAR", Bodies.engineer("Far").replace("\"lat\":51.5,\"lon\":-0.1", "\"lat\":51.6,\"lon\":-0.3"));
    }

    @AfterEach
    void stop()
    {
        server.close();
    }

    @Test
    void shouldExplainWhyATicketSitsWithItsEngineer() throws Exception
    {
        final Api.Response created = api.send("POST", "/v1/tickets", Bodies.ticket("explain me"));
        final String engineerId = created.body().path("assignment").path("engineerId").asText();
        final long position = server.position();

        final Api.Response explanation = api.get("/v1/tickets/" + created.text("id") + "/explanation");

        assertThat(explanation.status()).isEqualTo(200);
        final JsonNode body = explanation.body();
        assertThat(body.path("current").path("engineerId").asText()).isEqualTo(engineerId).isEqualTo("E-NEAR");
        assertThat(body.path("breakdown").findValuesAsText("constraint")).contains("travel time");
        final JsonNode alternative = body.path("alternatives").get(0);
        assertThat(alternative.path("slot").path("engineerId").asText()).isEqualTo("E-FAR");
        assertThat(alternative.path("better").asBoolean()).as("the far engineer is worse").isFalse();
        assertThat(alternative.path("scoreDifference").asText()).endsWith("soft").startsWith("0hard/0medium/-");
        assertThat(server.position()).as("explaining changes nothing").isEqualTo(position);
    }

    @Test
    void shouldRecommendSlotsForATicketNotYetCreated() throws Exception
    {
        final long position = server.position();

        // No window: whatever else E-NEAR has on today, the ticket fits there after it.
        final String body = Bodies.ticket("what if")
            .replace("\"window\":{\"start\":\"2026-11-23T10:00:00Z\",\"end\":\"2026-11-23T12:00:00Z\"},", "");
        assertThat(body).doesNotContain("window");
        final Api.Response recommended = api.send("POST", "/v1/recommendations", body);

        assertThat(recommended.status()).isEqualTo(200);
        final JsonNode options = recommended.body().path("options");
        assertThat(options.size()).isGreaterThanOrEqualTo(2);
        assertThat(options.get(0).path("slot").path("engineerId").asText()).isEqualTo("E-NEAR");
        assertThat(options.get(0).path("impact").asText()).startsWith("0hard/");
        assertThat(options.findValuesAsText("engineerId")).contains("E-FAR");
        assertThat(server.position()).as("recommending changes nothing").isEqualTo(position);
    }

    @Test
    void shouldKeepAPinnedTicketOnTheChosenEngineer() throws Exception
    {
        final String id = api.send("POST", "/v1/tickets", Bodies.ticket("pin me")).text("id");

        final Api.Response pinned = api.send("PUT", "/v1/tickets/" + id + "/pin", "{\"engineerId\":\"E-FAR\"}");

        assertThat(pinned.status()).isEqualTo(200);
        assertThat(pinned.text("pinnedTo")).isEqualTo("E-FAR");
        assertThat(pinned.body().path("assignment").path("engineerId").asText()).isEqualTo("E-FAR");
        assertThat(api.get("/v1/engineers/E-FAR/route").body().path("stops").findValuesAsText("ticketId")).contains(id);

        final Api.Response unpinned = api.send("DELETE", "/v1/tickets/" + id + "/pin", null);
        assertThat(unpinned.body().path("pinnedTo").isNull()).isTrue();
        assertThat(api.send("PUT", "/v1/tickets/" + id + "/pin", "{\"engineerId\":\"E-NOBODY\"}").status()).isEqualTo(404);
        assertThat(api.send("PUT", "/v1/tickets/" + id + "/pin", "{}").status()).isEqualTo(400);
    }

    @Test
    void shouldCreateATicketPinnedToTheNamedEngineer() throws Exception
    {
        final String body = Bodies.ticket("for the far one");
        final Api.Response created = api.send("POST", "/v1/tickets", "{\"engineerId\":\"E-FAR\"," + body.substring(1));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("pinnedTo")).isEqualTo("E-FAR");
        assertThat(created.body().path("assignment").path("engineerId").asText()).isEqualTo("E-FAR");
        assertThat(api.get("/v1/engineers/E-FAR/route").body().path("stops").findValuesAsText("ticketId")).contains(created.text("id"));

        final Api.Response weighed = api.send("POST", "/v1/recommendations", "{\"engineerId\":\"E-FAR\"," + body.substring(1));
        assertThat(weighed.status()).as("a recommendation pins nothing: the field is refused").isEqualTo(400);
        assertThat(weighed.body().path("errors").findValuesAsText("field")).contains("engineerId");
    }

    @Test
    void shouldAnswer404ForAnUnknownTicket() throws Exception
    {
        assertThat(api.get("/v1/tickets/T-999/explanation").status()).isEqualTo(404);
    }
}
