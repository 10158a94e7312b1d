package dev.kairos.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.Slas;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** SLA policies and calendars over real HTTP: the resource life cycle, and bad input that changes nothing. */
class SlaPolicyIT
{
    @TempDir
    static Path data;
    private static TestServer server;
    private static Api api;

    @BeforeAll
    static void start() throws Exception
    {
        server = new TestServer(data);
        api = server.api();
        assertThat(api.send("PUT", "/v1/calendars/office", Slas.officeCalendar()).status()).isEqualTo(201);
    }

    @AfterAll
    static void stop()
    {
        server.close();
    }

    @Test
    void shouldCreateReadListReplaceAndDeleteAPolicy() throws Exception
    {
        final Api.Response created = api.send("PUT", "/v1/sla-policies/gold-p1", Slas.goldP1());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("responseTarget")).isEqualTo("PT2H");
        assertThat(created.text("responseMilestone")).isEqualTo("ON_SITE");
        assertThat(created.body().path("escalation").get(0).path("at").asText()).isEqualTo("BREACH");
        assertThat(created.body().path("escalation").get(0).path("repeat").asText()).isEqualTo("PT30M");
        assertThat(created.body().path("version").asLong()).isEqualTo(server.position());
        assertThat(api.get("/v1/sla-policies/gold-p1").body()).isEqualTo(created.body());
        assertThat(ids(api.get("/v1/sla-policies").body().path("policies")))
            .contains("default-p1", "default-p2", "default-p3", "default-p4", "gold-p1");

        final Api.Response replaced = api.send("PUT", "/v1/sla-policies/gold-p1", Slas.goldP1().replace("PT8H", "PT6H"));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.text("resolutionTarget")).isEqualTo("PT6H");

        final Api.Response deleted = api.send("DELETE", "/v1/sla-policies/gold-p1", null);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().path("position").asLong()).isEqualTo(server.position());
        assertThat(api.get("/v1/sla-policies/gold-p1").status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/v1/sla-policies/gold-p1", null).status()).isEqualTo(404);
    }

    @Test
    void shouldGiveANewTicketTheMostSpecificPolicyAndItsDeadlines() throws Exception
    {
        api.send("PUT", "/v1/sla-policies/gold", Slas.goldP1().replace("\"priorities\":[\"P1\"],", "").replace("PT2H", "PT3H"));
        api.send("PUT", "/v1/sla-policies/gold-p2", Slas.goldP1().replace("\"P1\"", "\"P2\""));

        final JsonNode ticket = api.send("POST", "/v1/tickets", Bodies.ticket("SLA pick")).body();
        final JsonNode other = api.send("POST", "/v1/tickets", Bodies.ticket("default").replace("\"gold\"", "\"bronze\"")).body();

        assertThat(ticket.path("sla").path("policy").asText()).as("P2 gold: priority and tier beat tier alone").isEqualTo("gold-p2");
        assertThat(ticket.path("sla").path("response").path("deadline").asText()).isEqualTo("2026-11-23T11:00:00Z");
        assertThat(ticket.path("sla").path("response").path("metBy").asText()).isEqualTo("ON_SITE");
        assertThat(ticket.path("sla").path("resolution").path("remaining").asText()).isEqualTo("PT8H");
        assertThat(other.path("sla").path("policy").asText()).isEqualTo("default-p2");
        assertThat(other.path("sla").path("resolution").path("deadline").asText()).isEqualTo("2026-11-24T09:00:00Z");
        api.send("DELETE", "/v1/sla-policies/gold", null);
        api.send("DELETE", "/v1/sla-policies/gold-p2", null);
    }

    @Test
    void shouldKeepBuiltInsReadOnly() throws Exception
    {
        final long position = server.position();

        assertThat(api.send("DELETE", "/v1/sla-policies/default-p1", null).status()).isEqualTo(409);
        assertThat(api.send("PUT", "/v1/sla-policies/default-p2", Slas.goldP1()).status()).isEqualTo(409);
        assertThat(api.send("PUT", "/v1/calendars/24x7", Slas.officeCalendar()).status()).isEqualTo(409);
        assertThat(server.position()).isEqualTo(position);
    }

    @Test
    void shouldCreateAndReadACalendar() throws Exception
    {
        final Api.Response read = api.get("/v1/calendars/office");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("zone")).isEqualTo("Europe/London");
        assertThat(read.body().path("hours").path("MONDAY").get(0).path("end").asText()).isEqualTo("17:00");
        assertThat(read.body().path("holidays").get(0).asText()).isEqualTo("2026-12-25");
        assertThat(ids(api.get("/v1/calendars").body().path("calendars"), "name")).containsExactly("24x7", "office");
    }

    static Stream<Arguments> badPolicies()
    {
        final String good = Slas.goldP1();
        return Stream.of(
            arguments("negative target", good.replace("\"PT2H\"", "\"PT-2H\""), "responseTarget", "PT-2H"),
            arguments("not a duration", good.replace("\"PT8H\"", "\"8 hours\""), "resolutionTarget", "8 hours"),
            arguments("unknown calendar", good.replace("\"24x7\"", "\"nights\""), "calendar", "nights"),
            arguments("thresholds not ascending", good.replace("[50,75,90]", "[50,90,75]"), "reminders[2]", "75"),
            arguments("threshold over 100", good.replace("[50,75,90]", "[50,120]"), "reminders[1]", "120"),
            arguments("threshold of 0", good.replace("[50,75,90]", "[0,50]"), "reminders[0]", "0"),
            arguments("a step with no action", good.replace("\"action\":\"PAGE_SUPERVISOR\",", ""), "escalation[0].action", null),
            arguments("a step at no threshold", good.replace("\"at\":\"BREACH\"", "\"at\":100"), "escalation[0].at", "100"),
            arguments("a repeat under a minute", good.replace("\"PT30M\"", "\"PT10S\""), "escalation[0].repeat", "PT10S"),
            arguments("a milestone that is not one", good.replace("\"ON_SITE\"", "\"COMPLETED\""), "responseMilestone", "COMPLETED"),
            arguments("pausing on a planning status", good.replace("\"WAITING_PARTS\"]", "\"PLANNED\"]"), "pauseOn[1]", "PLANNED"),
            arguments("an unknown priority", good.replace("[\"P1\"]", "[\"P9\"]"), "match.priorities[0]", "P9"),
            arguments("an unknown field", good.replace("{\"name\"", "{\"colour\":\"red\",\"name\""), "colour", "red"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPolicies")
    void shouldRejectABadPolicyNamingTheFieldAndChangeNothing(
        final String what, final String body, final String field, final String value) throws Exception
    {
        final long position = server.position();

        final Api.Response response = api.send("PUT", "/v1/sla-policies/bad", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        final JsonNode error = findError(response.body(), field);
        assertThat(error).as("an error for %s in %s", field, response.body()).isNotNull();
        if (value != null)
        {
            assertThat(error.path("value").asText()).isEqualTo(value);
        }
        assertThat(server.position()).as("nothing journaled").isEqualTo(position);
        assertThat(api.get("/v1/sla-policies/bad").status()).isEqualTo(404);
    }

    @Test
    void shouldReportEveryMistakeAtOnce() throws Exception
    {
        final String body = Slas.goldP1().replace("\"PT2H\"", "\"-PT2H\"").replace("\"24x7\"", "\"nights\"")
            .replace("[50,75,90]", "[90,50]").replace("\"action\":\"PAGE_SUPERVISOR\",", "");

        final Api.Response response = api.send("PUT", "/v1/sla-policies/bad", body);

        assertThat(ids(response.body().path("errors"), "field"))
            .containsExactlyInAnyOrder("responseTarget", "calendar", "reminders[1]", "escalation[0].action");
    }

    @Test
    void shouldRejectABadCalendarNamingTheField() throws Exception
    {
        final long position = server.position();

        final Api.Response response = api.send("PUT", "/v1/calendars/bad",
            Slas.officeCalendar().replace("Europe/London", "Mars/Olympus").replace("\"end\":\"17:00\"}],\"TUESDAY\"",
                "\"end\":\"25:00\"}],\"TUESDAY\""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(ids(response.body().path("errors"), "field")).contains("zone", "hours.MONDAY[0].end");
        assertThat(server.position()).isEqualTo(position);
    }

    @Test
    void shouldRejectABadQueryParameter() throws Exception
    {
        assertThat(api.send("PUT", "/v1/sla-policies/x?reapply=maybe", Slas.goldP1()).status()).isEqualTo(400);
        final Api.Response window = api.get("/v1/sla/at-risk?within=soon");
        assertThat(window.status()).isEqualTo(400);
        assertThat(window.body().path("errors").get(0).path("field").asText()).isEqualTo("within");
    }

    private static JsonNode findError(final JsonNode problem, final String field)
    {
        for (final JsonNode error : problem.path("errors"))
        {
            if (error.path("field").asText().equals(field))
            {
                return error;
            }
        }
        return null;
    }

    private static List<String> ids(final JsonNode array)
    {
        return ids(array, "id");
    }

    private static List<String> ids(final JsonNode array, final String field)
    {
        final List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.path(field).asText()));
        return ids;
    }
}
