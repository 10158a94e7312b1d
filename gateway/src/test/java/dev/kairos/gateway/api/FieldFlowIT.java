package dev.kairos.gateway.api;

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

/** The field flow over real HTTP: dispatch, accept, en route, check-in, waiting, completion, reopening. */
class FieldFlowIT
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
        assertThat(api.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada")).status()).isEqualTo(201);
    }

    @AfterEach
    void stop()
    {
        server.close();
    }

    @Test
    void shouldTakeATicketFromDispatchToCompletion() throws Exception
    {
        final String id = create();
        server.advance(Duration.ofMinutes(31));
        assertThat(api.get("/v1/tickets/" + id).text("status")).as("window opens at 10:00, horizon 30 min").isEqualTo("DISPATCHED");

        assertThat(step(id, "accept", null).text("status")).isEqualTo("ACCEPTED");
        assertThat(step(id, "en-route", null).text("status")).isEqualTo("EN_ROUTE");
        assertThat(api.get("/v1/engineers/E-1").text("status")).isEqualTo("EN_ROUTE");
        final Api.Response onSite = step(id, "on-site", "{\"lat\":51.51,\"lon\":-0.12}");
        assertThat(onSite.text("status")).isEqualTo("ON_SITE");
        final Api.Response engineer = api.get("/v1/engineers/E-1");
        assertThat(engineer.text("status")).isEqualTo("ON_SITE");
        assertThat(engineer.body().path("location").path("lat").asDouble()).isEqualTo(51.51);

        final Api.Response done = step(id, "complete", "{\"report\":\"replaced filter\",\"partsUsed\":{\"filter\":2}}");

        assertThat(done.text("status")).isEqualTo("COMPLETED");
        assertThat(done.body().path("closure").path("report").asText()).isEqualTo("replaced filter");
        assertThat(done.body().path("closure").path("engineerId").asText()).isEqualTo("E-1");
        assertThat(done.body().path("assignment").isNull()).isTrue();
        final Api.Response after = api.get("/v1/engineers/E-1");
        assertThat(after.text("status")).isEqualTo("AVAILABLE");
        assertThat(after.body().path("stock").path("filter").asInt()).as("4 in the van, 2 used").isEqualTo(2);
        assertThat(api.get("/v1/engineers/E-1/route").body().path("stops")).isEmpty();
    }

    @Test
    void shouldRefuseAStepOutOfOrder() throws Exception
    {
        final String id = create();
        final long position = server.position();

        final Api.Response early = step(id, "complete", null);

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("detail")).startsWith("ticket " + id + " is PLANNED and cannot become COMPLETED");
        assertThat(server.position()).isEqualTo(position);
    }

    @Test
    void shouldFreeTheEngineerWhileWaitingOnPartsAndPlanAgainOnResume() throws Exception
    {
        final String id = create();
        server.advance(Duration.ofMinutes(31));
        step(id, "on-site", null);

        final Api.Response waiting = step(id, "waiting-parts", null);

        assertThat(waiting.text("status")).isEqualTo("WAITING_PARTS");
        assertThat(waiting.body().path("assignment").isNull()).isTrue();
        assertThat(api.get("/v1/engineers/E-1").text("status")).isEqualTo("AVAILABLE");

        final Api.Response resumed = step(id, "resume", null);

        assertThat(resumed.text("status")).isEqualTo("PLANNED");
        assertThat(resumed.body().path("assignment").path("engineerId").asText()).isEqualTo("E-1");
    }

    @Test
    void shouldReopenACompletedTicket() throws Exception
    {
        final String id = create();
        server.advance(Duration.ofMinutes(31));
        step(id, "on-site", null);
        step(id, "complete", null);

        final Api.Response reopened = step(id, "reopen", null);

        assertThat(reopened.text("status")).isIn("PLANNED", "DISPATCHED");
        assertThat(reopened.body().path("closure").isNull()).isTrue();
    }

    private String create() throws Exception
    {
        final Api.Response created = api.send("POST", "/v1/tickets", Bodies.ticket("field flow"));
        assertThat(created.text("status")).isEqualTo("PLANNED");
        return created.text("id");
    }

    private Api.Response step(final String id, final String name, final String body) throws Exception
    {
        return api.send("POST", "/v1/tickets/" + id + "/" + name, body);
    }
}
