package dev.kairos.gateway.api;

import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.ServerContext;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every kind of bad request gets its status and a problem body, and writes nothing to the journal. */
class BadInputIT
{
    @TempDir
    static Path data;
    private static TestServer server;
    private static Api api;

    @BeforeAll
    static void start() throws Exception
    {
        server = new TestServer(new ServerContext().port(0).dataFolder(data).maxBodyBytes(4096).optimiser(false));
        api = server.api();
        assertThat(api.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada")).status()).isEqualTo(201);
        assertThat(api.send("POST", "/v1/tickets", Bodies.ticket("existing")).status()).isEqualTo(201);
    }

    @AfterAll
    static void stop()
    {
        server.close();
    }

    static Stream<Arguments> badRequests()
    {
        final String ticket = Bodies.ticket("x");
        return Stream.of(
            arguments("malformed JSON", "POST", "/v1/tickets", "{\"title\": ", 400, null, null),
            arguments("not an object", "POST", "/v1/tickets", "[1,2]", 400, null, null),
            arguments("empty body", "POST", "/v1/tickets", "", 400, null, null),
            arguments("unknown priority", "POST", "/v1/tickets", ticket.replace("\"P2\"", "\"P7\""), 400, "priority", "P7"),
            arguments("missing title", "POST", "/v1/tickets", ticket.replace("\"title\":\"x\",", ""), 400, "title", null),
            arguments("latitude out of range", "POST", "/v1/tickets", ticket.replace("51.51", "91.5"), 400, "location.lat", "91.5"),
            arguments("longitude out of range", "POST", "/v1/tickets", ticket.replace("-0.12", "-181"), 400, "location.lon", "-181"),
            arguments("negative duration", "POST", "/v1/tickets", ticket.replace(":90", ":-90"), 400, "durationMinutes", "-90"),
            arguments("window ends before it starts", "POST", "/v1/tickets",
                ticket.replace("2026-11-23T12:00:00Z", "2026-11-23T09:00:00Z"), 400, "window.end", "2026-11-23T09:00:00Z"),
            arguments("unparseable due", "POST", "/v1/tickets", ticket.replace("2026-11-24T09:00:00Z", "tomorrow"), 400, "due", "tomorrow"),
            arguments("unknown field", "POST", "/v1/tickets", ticket.replace("{\"externalId\"", "{\"colour\":\"red\",\"externalId\""), 400, "colour", "red"),
            arguments("ticket for an unknown engineer", "POST", "/v1/tickets",
                ticket.replace("{\"externalId\"", "{\"engineerId\":\"E-404\",\"externalId\""), 400, "engineerId", "E-404"),
            arguments("skill level zero", "POST", "/v1/tickets", ticket.replace("\"minLevel\":2", "\"minLevel\":0"), 400, "skills[1].minLevel", "0"),
            arguments("part quantity zero", "POST", "/v1/tickets", ticket.replace("\"filter\":2", "\"filter\":0"), 400, "parts.filter", "0"),
            arguments("bad id in path", "GET", "/v1/tickets/has%20space", null, 400, "id", "has space"),
            arguments("shift ends before it starts", "PUT", "/v1/engineers/E-2",
                Bodies.engineer("B").replace("2026-11-23T16:00:00Z", "2026-11-23T07:00:00Z"), 400, "shift.end", "2026-11-23T07:00:00Z"),
            arguments("ping without lat", "POST", "/v1/engineers/E-1/location", "{\"lon\":0.1}", 400, "lat", null),
            arguments("unknown engineer status", "POST", "/v1/engineers/E-1/status", "{\"status\":\"ASLEEP\"}", 400, "status", "ASLEEP"),
            arguments("empty patch", "PATCH", "/v1/tickets/T-1", "{}", 400, "", null),
            arguments("unknown ticket", "GET", "/v1/tickets/T-999", null, 404, null, null),
            arguments("cancel unknown ticket", "DELETE", "/v1/tickets/T-999", null, 404, null, null),
            arguments("unknown engineer", "GET", "/v1/engineers/E-404", null, 404, null, null),
            arguments("ping for unknown engineer", "POST", "/v1/engineers/E-404/location", "{\"lat\":1,\"lon\":1}", 404, null, null),
            arguments("unknown route", "GET", "/v1/nothing-here", null, 404, null, null),
            arguments("wrong method", "PUT", "/v1/tickets", "{}", 405, null, null),
            arguments("body over the limit", "POST", "/v1/tickets", "{\"title\":\"" + "a".repeat(5000) + "\"}", 413, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void shouldAnswerWithAProblemAndWriteNothing(
        final String name, final String method, final String path, final String body, final int status,
        final String field, final String value) throws Exception
    {
        final long position = server.position();

        final Api.Response response = api.send(method, path, body);

        assertThat(response.status()).as(name).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.text("type")).startsWith("https://kairos.dev/problems/");
        assertThat(response.text("title")).isNotBlank();
        assertThat(response.text("detail")).isNotBlank();
        if (field != null)
        {
            assertThat(response.body().path("errors")).anySatisfy(error ->
            {
                assertThat(error.path("field").asText()).isEqualTo(field);
                if (value != null)
                {
                    assertThat(error.path("value").asText()).isEqualTo(value);
                }
                assertThat(error.path("message").asText()).isNotBlank();
            });
        }
        assertThat(server.position()).as("journal position after %s", name).isEqualTo(position);
    }

    /** Jazzer's first finding (TicketJsonFuzzTest): bytes Jackson reads as broken UTF-32 were a 500. */
    @Test
    void shouldRefuseABodyThatIsNoUnicodeTextWith400() throws Exception
    {
        final long position = server.position();
        final java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.server().url() + "/v1/tickets"))
                .header("Authorization", "Bearer " + TestServer.ADMIN_KEY).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[] {0, 0, 0, 10, 45})).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("send UTF-8");
        assertThat(server.position()).isEqualTo(position);
    }

    @Test
    void shouldRequireAValidKey() throws Exception
    {
        final long position = server.position();

        final Api.Response none = api.send("POST", "/v1/tickets", Bodies.ticket("x"), null);
        final Api.Response wrong = api.send("POST", "/v1/tickets", Bodies.ticket("x"), "not-a-key");
        final Api.Response unknownRoute = api.send("GET", "/v1/secret", null, null);

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.raw().headers().firstValue("www-authenticate")).contains("Bearer");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.text("detail")).isEqualTo("unknown API key");
        assertThat(unknownRoute.status()).as("unknown routes do not leak without a key").isEqualTo(401);
        assertThat(server.position()).isEqualTo(position);
    }

    @Test
    void shouldNameTheAllowedMethods() throws Exception
    {
        final Api.Response response = api.send("PUT", "/v1/tickets/T-1", "{}");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.raw().headers().firstValue("allow")).contains("GET, PATCH, DELETE");
    }

    @Test
    void shouldKeepServingAfterBadInput() throws Exception
    {
        final long position = server.position();

        final Api.Response created = api.send("POST", "/v1/tickets", Bodies.ticket("after the storm"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("position").asLong()).isEqualTo(position + 1);
    }
}
