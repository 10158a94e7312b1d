package dev.kairos.gateway.auth;

import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency-Key over real HTTP: one journal record per key, replays, reuse, concurrency, retention. */
class IdempotencyIT
{
    private static final String HEADER = "Idempotency-Key";

    @TempDir
    Path data;
    private TestServer server;
    private Api api;

    @BeforeEach
    void start()
    {
        try
        {
            server = new TestServer(data);
        }
        catch (final InterruptedException ex)
        {
            throw new IllegalStateException(ex);
        }
        api = server.api();
    }

    @AfterEach
    void stop()
    {
        server.close();
    }

    @Test
    void shouldReplayTheOriginalResponseWithoutASecondRecord() throws Exception
    {
        final Api.Response first = post("/v1/tickets", Bodies.ticket("boiler"), "order-1");
        final long after = server.position();

        final Api.Response again = post("/v1/tickets", Bodies.ticket("boiler"), "order-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.raw().body()).isEqualTo(first.raw().body());
        assertThat(again.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(server.position()).isEqualTo(after);
        assertThat(api.get("/v1/tickets").body().path("items")).hasSize(1);
    }

    @Test
    void shouldRefuseTheSameKeyWithADifferentBodyAs422() throws Exception
    {
        assertThat(post("/v1/tickets", Bodies.ticket("boiler"), "order-2").status()).isEqualTo(201);
        final long after = server.position();

        final Api.Response other = post("/v1/tickets", Bodies.ticket("radiator"), "order-2");
        final Api.Response otherRoute = send("PATCH", "/v1/tickets/T-1", "{\"title\":\"x\"}", TestServer.ADMIN_KEY, "order-2");

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.text("detail")).contains("order-2");
        assertThat(otherRoute.status()).isEqualTo(422);
        assertThat(server.position()).isEqualTo(after);
    }

    @Test
    void shouldKeepKeysApartPerApiKey() throws Exception
    {
        final String other = Keys.make(api, "INTEGRATION", null, null).secret();

        final Api.Response mine = post("/v1/tickets", Bodies.ticket("boiler"), "shared");
        final Api.Response theirs = send("POST", "/v1/tickets", Bodies.ticket("boiler"), other, "shared");

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.text("id")).isNotEqualTo(mine.text("id"));
    }

    @Test
    void shouldNotRememberARefusedRequest() throws Exception
    {
        final long before = server.position();
        assertThat(send("DELETE", "/v1/tickets/T-1", null, TestServer.ADMIN_KEY, "cancel-1").status()).isEqualTo(404);
        assertThat(server.position()).isEqualTo(before);
        assertThat(post("/v1/tickets", Bodies.ticket("boiler"), "c").status()).isEqualTo(201);

        final Api.Response cancelled = send("DELETE", "/v1/tickets/T-1", null, TestServer.ADMIN_KEY, "cancel-1");

        assertThat(cancelled.status()).as("the refused first try held nothing").isEqualTo(200);
        assertThat(send("DELETE", "/v1/tickets/T-1", null, TestServer.ADMIN_KEY, "cancel-1").raw().headers()
            .firstValue("Idempotent-Replayed")).contains("true");
        assertThat(send("DELETE", "/v1/tickets/T-1", null, TestServer.ADMIN_KEY, "cancel-2").status())
            .as("a new key runs again: cancelling twice is a conflict").isEqualTo(409);
    }

    @Test
    void shouldMakeOneTicketFromManyConcurrentRetries() throws Exception
    {
        final int threads = 16;
        final ExecutorService pool = Executors.newFixedThreadPool(threads);
        try
        {
            for (int round = 0; round < 5; round++)
            {
                final String key = "burst-" + round;
                final String body = Bodies.ticket("burst " + round);
                final CountDownLatch go = new CountDownLatch(1);
                final List<Future<Api.Response>> answers = new ArrayList<>();
                for (int i = 0; i < threads; i++)
                {
                    final Callable<Api.Response> retry = () ->
                    {
                        go.await();
                        return post("/v1/tickets", body, key);
                    };
                    answers.add(pool.submit(retry));
                }
                final long before = server.position();
                go.countDown();
                final List<String> ids = new ArrayList<>();
                int created = 0;
                for (final Future<Api.Response> answer : answers)
                {
                    final Api.Response response = answer.get();
                    assertThat(response.status()).as(response.raw().body()).isIn(201, 409);
                    if (response.status() == 201)
                    {
                        ids.add(response.text("id"));
                        created += response.raw().headers().firstValue("Idempotent-Replayed").isEmpty() ? 1 : 0;
                    }
                    else
                    {
                        assertThat(response.text("detail")).contains("in progress");
                    }
                }
                assertThat(created).as("round %d: one original answer", round).isEqualTo(1);
                assertThat(ids).as("round %d", round).containsOnly("T-" + (round + 1));
                assertThat(server.position()).as("round %d: one record", round).isEqualTo(before + 1);
                assertThat(post("/v1/tickets", body, key).text("id")).as("a retry after the burst").isEqualTo("T-" + (round + 1));
            }
        }
        finally
        {
            pool.shutdownNow();
        }
        assertThat(api.get("/v1/tickets").body().path("items")).hasSize(5);
    }

    @Test
    void shouldForgetKeysAfterTwentyFourHoursOfEngineTime() throws Exception
    {
        // No externalId: it is unique per source, so a second ticket with it would be a 409 whatever the key.
        final String body = Bodies.ticket("boiler").replaceFirst("\"externalId\":\"[^\"]*\",", "");
        final String first = post("/v1/tickets", body, "daily").text("id");
        server.advance(Duration.ofHours(23));
        assertThat(post("/v1/tickets", body, "daily").text("id")).isEqualTo(first);

        server.advance(Duration.ofHours(1));
        final Api.Response later = post("/v1/tickets", body, "daily");

        assertThat(later.status()).isEqualTo(201);
        assertThat(later.text("id")).isNotEqualTo(first);
    }

    @Test
    void shouldAnswerFromTheJournalAfterARestart() throws Exception
    {
        final Api.Response first = post("/v1/tickets", Bodies.ticket("boiler"), "order-9");
        server.close();
        server = new TestServer(data);
        api = server.api();
        final long position = server.position();

        final Api.Response retry = post("/v1/tickets", Bodies.ticket("boiler"), "order-9");
        final Api.Response different = post("/v1/tickets", Bodies.ticket("other"), "order-9");

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(retry.body().path("position").asLong()).isEqualTo(first.body().path("position").asLong());
        assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(different.status()).isEqualTo(422);
        assertThat(server.position()).isEqualTo(position);
    }

    @Test
    void shouldRefuseAMalformedKeyNamingTheHeader() throws Exception
    {
        final long before = server.position();
        final Api.Response response = post("/v1/tickets", Bodies.ticket("boiler"), "x".repeat(256));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo(HEADER);
        assertThat(server.position()).isEqualTo(before);
    }

    private Api.Response post(final String path, final String body, final String key) throws Exception
    {
        return send("POST", path, body, TestServer.ADMIN_KEY, key);
    }

    private Api.Response send(final String method, final String path, final String body, final String apiKey, final String key)
        throws Exception
    {
        return server.api().send(method, path, body, apiKey, Map.of(HEADER, key));
    }
}
