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
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Live KPIs over HTTP, driven through the field flow with the test clock. */
class KpiIT
{
    @TempDir
    Path data;
    private TestServer server;
    private Api api;

    @BeforeEach
    void start() throws Exception
    {
        server = new TestServer(data);
        api = server.api();
        api.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada"));
    }

    @AfterEach
    void stop()
    {
        server.close();
    }

    @Test
    void shouldCountBacklogAndAttainmentAsTicketsMoveThroughTheDay() throws Exception
    {
        final String done = api.send("POST", "/v1/tickets", Bodies.ticket("fixed today")).text("id");
        // In the afternoon: two 90-minute jobs in one two-hour window do not both fit, and the optimiser may rightly
        // give the slot to the P1 before the first is dispatched; this test counts KPIs, not that choice.
        api.send("POST", "/v1/tickets", Bodies.ticket("still open").replace("\"P2\"", "\"P1\"")
            .replace("T10:00:00Z", "T13:00:00Z").replace("T12:00:00Z", "T15:00:00Z"));

        final JsonNode before = api.get("/v1/kpis").body();
        assertThat(before.path("backlog").path("P1").asInt()).isEqualTo(1);
        assertThat(before.path("backlog").path("P2").asInt()).isEqualTo(1);
        assertThat(before.path("response").path("rate").asDouble()).as("nothing decided yet").isEqualTo(1.0);
        assertThat(before.path("plannedTravelMinutes").asLong()).isPositive();
        assertThat(before.path("utilisation").asDouble()).isBetween(0.0, 1.0);

        server.advance(Duration.ofMinutes(31));
        assertThat(api.send("POST", "/v1/tickets/" + done + "/accept", null).status()).isEqualTo(200);
        server.advance(Duration.ofMinutes(60));
        assertThat(api.send("POST", "/v1/tickets/" + done + "/on-site", null).status()).isEqualTo(200);
        server.advance(Duration.ofMinutes(90));
        assertThat(api.send("POST", "/v1/tickets/" + done + "/complete", null).status()).isEqualTo(200);

        final JsonNode after = api.get("/v1/kpis").body();
        assertThat(after.path("response").path("metOnTime").asInt()).isEqualTo(1);
        assertThat(after.path("resolution").path("metOnTime").asInt()).isEqualTo(1);
        assertThat(after.path("firstResponseMinutes").path("p50").asDouble()).isEqualTo(31.0);
        assertThat(after.path("resolutionMinutes").path("p50").asDouble()).isEqualTo(181.0);
        assertThat(after.path("backlog").path("P2").asInt()).isZero();
        assertThat(after.path("breachesToday").asInt()).isZero();
        assertThat(api.get("/v1/kpis?zone=Mars/Olympus").status()).isEqualTo(400);
    }
}
