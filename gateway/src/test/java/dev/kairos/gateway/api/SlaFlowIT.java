package dev.kairos.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.Slas;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SLA clocks over real HTTP with the server's clock moved by the test (Monday 2026-11-23 09:00
 * London to start): reminders, breach and escalation repeats at business time, the ticket's SLA
 * object, its timeline, tickets at risk, and a pause across a closed period.
 */
class SlaFlowIT
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
        assertThat(api.send("PUT", "/v1/calendars/office", Slas.officeCalendar()).status()).isEqualTo(201);
        assertThat(api.send("PUT", "/v1/sla-policies/office-gold", """
            {"match":{"tiers":["gold"]},"responseTarget":"PT2H","resolutionTarget":"PT8H","calendar":"office",
             "reminders":[50,75],"escalation":[
               {"at":"BREACH","clock":"response","action":"PAGE_SUPERVISOR","repeat":"PT30M","to":"duty manager"}]}
            """).status()).isEqualTo(201);
    }

    @AfterEach
    void stop()
    {
        server.close();
    }

    @Test
    void shouldWarnBreachAndEscalateAtBusinessTimeAndRecordItInTheTimeline() throws Exception
    {
        final String id = api.send("POST", "/v1/tickets", Bodies.ticket("clock")).text("id");
        final JsonNode fresh = sla(id);
        assertThat(fresh.path("policy").asText()).isEqualTo("office-gold");
        assertThat(fresh.path("response").path("deadline").asText()).isEqualTo("2026-11-23T11:00:00Z");
        assertThat(fresh.path("resolution").path("deadline").asText()).isEqualTo("2026-11-23T17:00:00Z");

        server.advance(Duration.ofMinutes(90));
        final JsonNode halfway = sla(id);
        assertThat(halfway.path("response").path("elapsed").asText()).isEqualTo("PT1H30M");
        assertThat(halfway.path("response").path("remaining").asText()).isEqualTo("PT30M");
        assertThat(halfway.path("response").path("percentUsed").asDouble()).isEqualTo(75.0);
        assertThat(halfway.path("response").path("reminded").asInt()).isEqualTo(75);
        assertThat(halfway.path("breached").asBoolean()).isFalse();

        server.advance(Duration.ofMinutes(95));
        final JsonNode late = sla(id);
        assertThat(late.path("response").path("breached").asBoolean()).isTrue();
        assertThat(late.path("response").path("breachedAt").asText()).isEqualTo("2026-11-23T11:00:00Z");
        assertThat(late.path("escalationStep").asInt()).isEqualTo(1);

        assertThat(slaEvents(id)).containsExactly(
            "sla.warning response 50% due 2026-11-23T10:00:00Z at 2026-11-23T10:30:00Z",
            "sla.warning response 75% due 2026-11-23T10:30:00Z at 2026-11-23T10:30:00Z",
            "sla.breached response due 2026-11-23T11:00:00Z at 2026-11-23T12:05:00Z",
            "sla.escalated response step 1 PAGE_SUPERVISOR #1 missed 0 due 2026-11-23T11:00:00Z at 2026-11-23T12:05:00Z",
            "sla.escalated response step 1 PAGE_SUPERVISOR #2 missed 1 due 2026-11-23T11:30:00Z at 2026-11-23T12:05:00Z");

        server.advance(Duration.ofMinutes(26));
        final List<String> after = slaEvents(id);
        assertThat(after).hasSize(6);
        assertThat(after.get(5)).isEqualTo(
            "sla.escalated response step 1 PAGE_SUPERVISOR #4 missed 0 due 2026-11-23T12:30:00Z at 2026-11-23T12:31:00Z");

        final JsonNode timeline = api.get("/v1/tickets/" + id + "/events").body().path("events");
        assertThat(timeline.get(0).path("type").asText()).isEqualTo("ticket.created");
        assertThat(timeline.get(0).path("policy").asText()).isEqualTo("office-gold");
        long previous = 0;
        for (final JsonNode event : timeline)
        {
            assertThat(event.path("position").asLong()).as("journal order").isGreaterThan(previous);
            previous = event.path("position").asLong();
        }
        final JsonNode page = timeline.get(timeline.size() - 1);
        assertThat(page.path("to").asText()).isEqualTo("duty manager");
    }

    @Test
    void shouldHoldTheClockWhileWaitingOnTheCustomerAndResumeWhereItStoppedAfterTheNight() throws Exception
    {
        assertThat(api.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada")).status()).isEqualTo(201);
        final String id = api.send("POST", "/v1/tickets", Bodies.ticket("wait")).text("id");
        server.advance(Duration.ofMinutes(31));
        assertThat(step(id, "on-site").path("sla").path("response").path("metAt").asText()).isEqualTo("2026-11-23T09:31:00Z");

        final JsonNode waiting = step(id, "waiting-customer").path("sla");

        assertThat(waiting.path("paused").asBoolean()).isTrue();
        assertThat(waiting.path("resolution").path("deadline").isNull()).as("unknown while held").isTrue();
        assertThat(waiting.path("resolution").path("remaining").asText()).isEqualTo("PT7H29M");

        server.advance(Duration.ofHours(24).plusMinutes(29));
        final JsonNode nextMorning = sla(id);
        assertThat(nextMorning.path("resolution").path("elapsed").asText()).as("held overnight").isEqualTo("PT31M");
        assertThat(slaEvents(id)).as("nothing falls due while held").isEmpty();

        final JsonNode resumed = step(id, "resume").path("sla");

        // Resumed Tuesday 10:00 with 7 h 29 min left: 7 h to Tuesday 17:00, 29 min on Wednesday.
        assertThat(resumed.path("paused").asBoolean()).isFalse();
        assertThat(resumed.path("resolution").path("deadline").asText()).isEqualTo("2026-11-25T09:29:00Z");
        assertThat(resumed.path("resolution").path("remaining").asText()).isEqualTo("PT7H29M");
    }

    @Test
    void shouldListTicketsAtRiskSoonestFirst() throws Exception
    {
        final String gold = api.send("POST", "/v1/tickets", Bodies.ticket("gold")).text("id");
        final String p1 = api.send("POST", "/v1/tickets", Bodies.ticket("p1").replace("\"gold\"", "\"bronze\"")
            .replace("\"P2\"", "\"P1\"")).text("id");
        api.send("POST", "/v1/tickets", Bodies.ticket("p4").replace("\"gold\"", "\"bronze\"").replace("\"P2\"", "\"P4\""));

        server.advance(Duration.ofMinutes(90));
        final JsonNode atRisk = api.get("/v1/sla/at-risk?within=PT3H").body();

        assertThat(atRisk.path("within").asText()).isEqualTo("PT3H");
        final List<String> ids = new ArrayList<>();
        atRisk.path("tickets").forEach(t -> ids.add(t.path("id").asText() + " " + t.path("clock").asText() + " "
            + t.path("deadline").asText() + " " + t.path("remaining").asText()));
        assertThat(ids).containsExactly(
            gold + " response 2026-11-23T11:00:00Z PT30M",
            p1 + " response 2026-11-23T13:00:00Z PT2H30M");
        assertThat(api.get("/v1/sla/at-risk").body().path("tickets")).as("default window: an hour").hasSize(1);
    }

    private JsonNode step(final String id, final String name) throws Exception
    {
        final Api.Response response = api.send("POST", "/v1/tickets/" + id + "/" + name, null);
        assertThat(response.status()).as(name).isEqualTo(200);
        return response.body();
    }

    private JsonNode sla(final String id) throws Exception
    {
        return api.get("/v1/tickets/" + id).body().path("sla");
    }

    private List<String> slaEvents(final String id) throws Exception
    {
        final List<String> lines = new ArrayList<>();
        for (final JsonNode event : api.get("/v1/tickets/" + id + "/events").body().path("events"))
        {
            final String type = event.path("type").asText();
            if (!type.startsWith("sla."))
            {
                continue;
            }
            final StringBuilder line = new StringBuilder(type).append(' ').append(event.path("clock").asText());
            if (event.has("percent"))
            {
                line.append(' ').append(event.path("percent").asInt()).append('%');
            }
            if (event.has("step"))
            {
                line.append(" step ").append(event.path("step").asInt()).append(' ').append(event.path("action").asText())
                    .append(" #").append(event.path("occurrence").asInt()).append(" missed ").append(event.path("missed").asInt());
            }
            line.append(" due ").append(event.path("dueAt").asText()).append(" at ").append(event.path("at").asText());
            lines.add(line.toString());
        }
        return lines;
    }
}
