package dev.kairos.gateway.auth;

import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role against representative routes over real HTTP, as a table: the status each gets, and
 * for every refusal an unchanged journal. E-1 has T-1 (north), E-2 has T-2 (north), T-3 is south.
 */
class RolesIT
{
    @TempDir
    static Path data;
    private static TestServer server;
    private static Map<String, String> keys;

    record Case(String who, String method, String path, String body, int status)
    {
    }

    @BeforeAll
    static void start() throws Exception
    {
        server = new TestServer(data);
        final Api admin = server.api();
        assertThat(admin.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada")).status()).isEqualTo(201);
        assertThat(admin.send("PUT", "/v1/engineers/E-2", Bodies.engineer("Bob")).status()).isEqualTo(201);
        for (final String engineer : List.of("E-1", "E-2"))
        {
            final String id = admin.send("POST", "/v1/tickets", Bodies.ticket("for " + engineer)).text("id");
            assertThat(admin.send("PUT", "/v1/tickets/" + id + "/pin", "{\"engineerId\":\"" + engineer + "\"}").status()).isEqualTo(200);
        }
        assertThat(admin.send("POST", "/v1/tickets", Bodies.ticket("south").replace("\"north\"", "\"south\"")).text("id"))
            .isEqualTo("T-3");
        keys = Map.of(
            "admin", TestServer.ADMIN_KEY,
            "dispatcher", Keys.make(admin, "DISPATCHER", null, null).secret(),
            "integration", Keys.make(admin, "INTEGRATION", null, null).secret(),
            "engineer", Keys.make(admin, "ENGINEER", "E-1", null).secret(),
            "readonly", Keys.make(admin, "READ_ONLY", null, null).secret(),
            "north", Keys.make(admin, "DISPATCHER", null, "[\"North\"]").secret(),
            "none", "",
            "bad", "kairos_not-a-key-anybody-has");
    }

    @AfterAll
    static void stop()
    {
        server.close();
    }

    @Test
    void shouldGiveEachRoleWhatTheTableSays() throws Exception
    {
        final String ticket = Bodies.ticket("new");
        final String ping = "{\"lat\":51.52,\"lon\":-0.11}";
        final List<Case> cases = List.of(
            new Case("none", "GET", "/v1/tickets/T-1", null, 401),
            new Case("bad", "GET", "/v1/tickets/T-1", null, 401),
            new Case("bad", "POST", "/v1/tickets", ticket, 401),
            new Case("none", "GET", "/metrics", null, 401),
            new Case("none", "GET", "/health", null, 200),

            new Case("admin", "GET", "/v1/api-keys", null, 200),
            new Case("admin", "GET", "/v1/webhooks/none", null, 404),

            new Case("dispatcher", "GET", "/v1/plan", null, 200),
            new Case("dispatcher", "PUT", "/v1/engineers/E-9", Bodies.engineer("Cy"), 201),
            new Case("dispatcher", "PUT", "/v1/tickets/T-3/pin", "{\"engineerId\":\"E-9\"}", 200),
            new Case("dispatcher", "DELETE", "/v1/tickets/T-3/pin", null, 200),
            new Case("dispatcher", "POST", "/v1/tickets", pinned(Bodies.ticket("pinned"), "E-9"), 201),
            new Case("dispatcher", "GET", "/v1/sla-policies", null, 200),
            new Case("dispatcher", "GET", "/v1/api-keys", null, 403),
            new Case("dispatcher", "GET", "/v1/webhooks/none", null, 403),

            new Case("integration", "POST", "/v1/tickets", ticket, 201),
            new Case("integration", "POST", "/v1/tickets", pinned(Bodies.ticket("pin attempt"), "E-9"), 403),
            new Case("integration", "PATCH", "/v1/tickets/T-3", "{\"title\":\"renamed\"}", 200),
            new Case("integration", "GET", "/v1/tickets/T-1", null, 200),
            new Case("integration", "GET", "/v1/webhooks/none", null, 404),
            new Case("integration", "POST", "/v1/tickets/T-1/accept", null, 403),
            new Case("integration", "PUT", "/v1/engineers/E-8", Bodies.engineer("Di"), 403),
            new Case("integration", "GET", "/v1/plan", null, 403),
            new Case("integration", "GET", "/v1/api-keys", null, 403),

            new Case("engineer", "GET", "/v1/tickets/T-1", null, 200),
            new Case("engineer", "GET", "/v1/tickets/T-1/events", null, 200),
            new Case("engineer", "GET", "/v1/tickets/T-2", null, 404),
            new Case("engineer", "GET", "/v1/tickets/T-2/events", null, 404),
            new Case("engineer", "POST", "/v1/tickets/T-2/accept", null, 404),
            new Case("engineer", "POST", "/v1/tickets/T-1/accept", null, 409),
            new Case("engineer", "GET", "/v1/engineers/E-1", null, 200),
            new Case("engineer", "GET", "/v1/engineers/E-1/route", null, 200),
            new Case("engineer", "GET", "/v1/engineers/E-2", null, 404),
            new Case("engineer", "POST", "/v1/engineers/E-1/location", ping, 202),
            new Case("engineer", "POST", "/v1/engineers/E-2/location", ping, 404),
            new Case("engineer", "POST", "/v1/engineers/E-2/status", "{\"status\":\"ON_BREAK\"}", 404),
            new Case("engineer", "POST", "/v1/tickets", ticket, 403),
            new Case("engineer", "PATCH", "/v1/tickets/T-1", "{\"title\":\"mine\"}", 403),
            new Case("engineer", "GET", "/v1/engineers", null, 403),
            new Case("engineer", "GET", "/v1/plan", null, 403),
            new Case("engineer", "GET", "/metrics", null, 403),

            new Case("readonly", "GET", "/v1/tickets/T-1", null, 200),
            new Case("readonly", "GET", "/v1/plan", null, 200),
            new Case("readonly", "GET", "/v1/engineers", null, 200),
            new Case("readonly", "GET", "/metrics", null, 200),
            new Case("readonly", "POST", "/v1/tickets", ticket, 403),
            new Case("readonly", "DELETE", "/v1/tickets/T-1", null, 403),
            new Case("readonly", "POST", "/v1/engineers/E-1/location", ping, 403),
            new Case("readonly", "GET", "/v1/api-keys", null, 403),

            new Case("north", "GET", "/v1/tickets/T-1", null, 200),
            new Case("north", "GET", "/v1/tickets/T-3", null, 404),
            new Case("north", "PATCH", "/v1/tickets/T-3", "{\"title\":\"x\"}", 404),
            new Case("north", "PATCH", "/v1/tickets/T-1", "{\"region\":\"south\"}", 403),
            new Case("north", "POST", "/v1/tickets", ticket.replace("\"north\"", "\"south\""), 403),
            new Case("north", "POST", "/v1/tickets", ticket, 201),
            new Case("north", "GET", "/v1/plan", null, 200),
            new Case("north", "GET", "/v1/kpis", null, 200),
            new Case("north", "GET", "/v1/sla/at-risk", null, 200),
            new Case("north", "GET", "/v1/tickets/T-3/explanation", null, 404),
            new Case("north", "GET", "/metrics", null, 403));

        final List<String> wrong = new ArrayList<>();
        for (final Case c : cases)
        {
            final long before = server.position();
            final String key = keys.get(c.who());
            final Api.Response response = server.api().send(c.method(), c.path(), c.body(), key.isEmpty() ? null : key);
            if (response.status() != c.status())
            {
                wrong.add(c + " got " + response.status() + ": " + response.raw().body());
            }
            if (response.status() >= 400 && server.position() != before)
            {
                wrong.add(c + " was refused but moved the journal from " + before + " to " + server.position());
            }
            if (response.status() == 401)
            {
                assertThat(response.raw().headers().firstValue("WWW-Authenticate")).contains("Bearer");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldFilterListsByTheKeysScope() throws Exception
    {
        final Api engineer = new Api(server.server().url(), keys.get("engineer"));
        final Api north = new Api(server.server().url(), keys.get("north"));

        assertThat(engineer.get("/v1/tickets").body().path("items")).extracting(t -> t.path("id").asText()).containsExactly("T-1");
        assertThat(north.get("/v1/tickets?limit=500").body().path("items")).extracting(t -> t.path("region").asText())
            .isNotEmpty().allMatch("north"::equals);
        assertThat(server.api().get("/v1/tickets?limit=500").body().path("items")).extracting(t -> t.path("id").asText())
            .contains("T-1", "T-2", "T-3");
    }

    /** The plan, KPIs, at-risk list and routes: a region-scoped key gets its regions' share, not a 403. */
    @Test
    void shouldCutSummariesToARegionScopedKeysShare() throws Exception
    {
        final Api north = new Api(server.server().url(), keys.get("north"));
        final Api admin = server.api();

        final List<String> all = planTickets(admin.get("/v1/plan"));
        final List<String> northern = planTickets(north.get("/v1/plan"));
        assertThat(all).as("the admin's plan has the south ticket").contains("T-1", "T-2", "T-3");
        assertThat(northern).contains("T-1", "T-2").doesNotContain("T-3");
        for (final String id : northern)
        {
            assertThat(admin.get("/v1/tickets/" + id).text("region")).as(id).isEqualTo("north");
        }
        assertThat(north.get("/v1/plan").body().path("routes")).as("every engineer's route, stops cut to the share")
            .hasSameSizeAs(admin.get("/v1/plan").body().path("routes"));

        final int allBacklog = backlog(admin.get("/v1/kpis"));
        final int northBacklog = backlog(north.get("/v1/kpis"));
        final long openNorth = countOpen(admin, "north");
        assertThat(northBacklog).isEqualTo((int)openNorth);
        assertThat(allBacklog).isGreaterThan(northBacklog);
        assertThat(north.get("/v1/kpis").body().path("plannedTravelMinutes").asLong()).as("fleet figures stay whole")
            .isEqualTo(admin.get("/v1/kpis").body().path("plannedTravelMinutes").asLong());

        final List<String> allRisk = riskTickets(admin.get("/v1/sla/at-risk?within=P30D"));
        final List<String> northRisk = riskTickets(north.get("/v1/sla/at-risk?within=P30D"));
        assertThat(allRisk).contains("T-1", "T-2", "T-3");
        assertThat(northRisk).contains("T-1", "T-2").doesNotContain("T-3");
        assertThat(riskTickets(north.get("/v1/sla/at-risk?within=P30D&limit=1"))).as("the limit counts the share")
            .containsExactly(northRisk.getFirst());

        final String south = "T-3";
        final String engineerOfSouth = admin.get("/v1/tickets/" + south).body().path("assignment").path("engineerId").asText(null);
        if (engineerOfSouth != null)
        {
            assertThat(north.get("/v1/engineers/" + engineerOfSouth + "/route").body().path("stops"))
                .extracting(stop -> stop.path("ticketId").asText()).doesNotContain(south);
        }
    }

    private static List<String> planTickets(final Api.Response plan)
    {
        assertThat(plan.status()).as(plan.raw().body()).isEqualTo(200);
        final List<String> ids = new ArrayList<>();
        plan.body().path("unassigned").forEach(u -> ids.add(u.path("ticketId").asText()));
        plan.body().path("routes").forEach(r -> r.path("stops").forEach(stop -> ids.add(stop.path("ticketId").asText())));
        return ids;
    }

    private static int backlog(final Api.Response kpis)
    {
        assertThat(kpis.status()).as(kpis.raw().body()).isEqualTo(200);
        int sum = 0;
        for (final var count : kpis.body().path("backlog"))
        {
            sum += count.asInt();
        }
        return sum;
    }

    private static long countOpen(final Api admin, final String region) throws Exception
    {
        long open = 0;
        for (final var ticket : admin.get("/v1/tickets?limit=500").body().path("items"))
        {
            final String status = ticket.path("status").asText();
            if (ticket.path("region").asText().equals(region) && !status.equals("COMPLETED") && !status.equals("CANCELLED"))
            {
                open++;
            }
        }
        return open;
    }

    private static List<String> riskTickets(final Api.Response list)
    {
        assertThat(list.status()).as(list.raw().body()).isEqualTo(200);
        final List<String> ids = new ArrayList<>();
        list.body().path("tickets").forEach(t -> ids.add(t.path("id").asText()));
        return ids;
    }

    /** The ticket body, created pinned to {@code engineerId}. */
    private static String pinned(final String ticket, final String engineerId)
    {
        return "{\"engineerId\":\"" + engineerId + "\"," + ticket.substring(ticket.indexOf('{') + 1);
    }
}
