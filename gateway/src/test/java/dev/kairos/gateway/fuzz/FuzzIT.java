package dev.kairos.gateway.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.ServerContext;
import dev.kairos.gateway.TestServer;
import dev.kairos.gateway.limits.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Thousands of seeded hostile requests against a real server: each is answered with a well-formed
 * problem+json 4xx (never a 5xx, never a connection dropped without an answer), the engine stays
 * up, and the journal does not move. {@code -Dkairos.fuzz.seed=N} replays a run,
 * {@code -Dkairos.fuzz.requests=N} changes its length; a run stops early after 25 s so it stays
 * bounded on a busy machine (the count it reached is printed).
 */
class FuzzIT
{
    private static final long SEED = Long.getLong("kairos.fuzz.seed", 20_261_123L);
    private static final int REQUESTS = Integer.getInteger("kairos.fuzz.requests", 10_000);
    private static final long MAX_NANOS = 25_000_000_000L;

    @TempDir
    Path data;

    @Test
    void shouldAnswerEveryHostileRequestWithAProblemAndChangeNothing() throws Exception
    {
        System.out.println("FuzzIT seed " + SEED + " (rerun with -Dkairos.fuzz.seed=" + SEED + ")");
        try (TestServer server = new TestServer(new ServerContext().port(0).dataFolder(data).optimiser(false)
            .maxBodyBytes(8192).maxHeaderBytes(4096)))
        {
            final Api api = server.api();
            assertThat(api.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada")).status()).isEqualTo(201);
            assertThat(api.send("POST", "/v1/tickets", Bodies.ticket("existing")).status()).isEqualTo(201);
            final long position = server.position();
            final HostileRequests generator = new HostileRequests(SEED, TestServer.ADMIN_KEY);
            final Map<String, Integer> statuses = new TreeMap<>();
            final long start = System.nanoTime();
            RawHttp http = new RawHttp(server.server().port());
            int sent = 0;
            try
            {
                while (sent < REQUESTS && System.nanoTime() - start < MAX_NANOS)
                {
                    final HostileRequests.Hostile request = generator.next();
                    sent++;
                    final String context = "request " + sent + " (seed " + SEED + ", " + request.kind() + "): "
                        + new String(request.bytes(), 0, Math.min(300, request.bytes().length), java.nio.charset.StandardCharsets.ISO_8859_1);
                    http.send(request.bytes());
                    final RawHttp.Response response;
                    try
                    {
                        response = http.read();
                    }
                    catch (final IOException ex)
                    {
                        fail("no answer, the connection was dropped: " + ex + " after " + context);
                        return;
                    }
                    checkProblem(response, context);
                    if (response.status() == 413 || response.status() == 431)
                    {
                        assertThat(response.headers().get("connection")).as("a limit closes the connection: %s", context)
                            .isEqualToIgnoringCase("close");
                    }
                    statuses.merge(request.kind() + " " + response.status(), 1, Integer::sum);
                    if ("close".equalsIgnoreCase(response.headers().get("connection")))
                    {
                        http.close();
                        http = new RawHttp(server.server().port());
                    }
                }
            }
            finally
            {
                http.close();
            }
            System.out.println("FuzzIT: " + sent + " requests in " + (System.nanoTime() - start) / 1_000_000 + " ms; " + statuses);
            assertThat(server.position()).as("no hostile request reached the journal (seed %s)", SEED).isEqualTo(position);
            assertThat(api.get("/health").status()).isEqualTo(200);
            assertThat(api.send("POST", "/v1/tickets", Bodies.ticket("after the storm")).status())
                .as("the engine still takes valid work").isEqualTo(201);
        }
    }

    private static void checkProblem(final RawHttp.Response response, final String context) throws IOException
    {
        assertThat(response.status()).as("status of %s", context).isBetween(400, 499);
        assertThat(response.headers().get("content-type")).as("content type of %s", context).isEqualTo("application/problem+json");
        final JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).as("problem status of %s", context).isEqualTo(response.status());
        assertThat(problem.path("title").isTextual()).as("problem title of %s", context).isTrue();
        assertThat(problem.path("type").asText()).as("problem type of %s", context).startsWith("https://kairos.dev/problems/");
        assertThat(problem.path("detail").isTextual()).as("problem detail of %s", context).isTrue();
    }
}
