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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Listing with filters and cursors, and the metrics scrape, over real HTTP. */
class ListIT
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
    }

    @AfterEach
    void stop()
    {
        server.close();
    }

    @Test
    void shouldPageThroughTicketsOldestFirst() throws Exception
    {
        final List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++)
        {
            created.add(api.send("POST", "/v1/tickets", Bodies.ticket("ticket " + i)).text("id"));
        }
        final List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do
        {
            final Api.Response page = api.get("/v1/tickets?limit=3" + (next == null ? "" : "&after=" + next));
            assertThat(page.status()).isEqualTo(200);
            page.body().path("items").forEach(item -> seen.add(item.path("id").asText()));
            next = page.body().path("next").isNull() ? null : page.body().path("next").asText();
            pages++;
        }
        while (next != null);

        assertThat(seen).isEqualTo(created);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void shouldFilterByStatusAndPriority() throws Exception
    {
        final String cancelled = api.send("POST", "/v1/tickets", Bodies.ticket("a")).text("id");
        api.send("POST", "/v1/tickets", Bodies.ticket("b").replace("\"P2\"", "\"P1\""));
        api.send("DELETE", "/v1/tickets/" + cancelled, null);

        final JsonNode cancelledOnly = api.get("/v1/tickets?status=CANCELLED").body().path("items");
        final JsonNode urgent = api.get("/v1/tickets?priority=P1,P2&status=NEW,PLANNED").body().path("items");

        assertThat(cancelledOnly.findValuesAsText("id")).containsExactly(cancelled);
        assertThat(urgent.findValuesAsText("priority")).containsExactly("P1");
        assertThat(api.get("/v1/tickets?status=LOST").status()).isEqualTo(400);
        assertThat(api.get("/v1/tickets?limit=0").status()).isEqualTo(400);
    }

    @Test
    void shouldListEngineersById() throws Exception
    {
        api.send("PUT", "/v1/engineers/E-2", Bodies.engineer("B"));
        api.send("PUT", "/v1/engineers/E-1", Bodies.engineer("A"));

        final JsonNode page = api.get("/v1/engineers?limit=1").body();

        assertThat(page.path("items").findValuesAsText("id")).containsExactly("E-1");
        assertThat(page.path("next").asText()).isEqualTo("E-1");
        assertThat(api.get("/v1/engineers?after=E-1").body().path("items").findValuesAsText("id")).containsExactly("E-2");
    }

    @Test
    void shouldExposeMetricsToKeyHoldersOnly() throws Exception
    {
        api.send("POST", "/v1/tickets", Bodies.ticket("counted"));

        final Api.Response anonymous = api.send("GET", "/metrics", null, null);
        final Api.Response scrape = api.get("/metrics");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(scrape.status()).isEqualTo(200);
        final String text = scrape.raw().body();
        assertThat(text).contains("kairos_http_requests_seconds_count{method=\"POST\",route=\"/v1/tickets\",status=\"201\"} 1");
        assertThat(text).contains("kairos_journal_position");
        assertThat(text).contains("kairos_engine_inbox_depth");
        assertThat(text).containsPattern("kairos_journal_appends_total [1-9]")
            .containsPattern("kairos_journal_append_seconds_total [0-9.E-]+")
            .contains("kairos_optimiser_moves_total");
    }
}
