package dev.kairos.gateway.auth;

import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client whose POST was acknowledged but whose answer got lost retries after the server died:
 * the retry, sent to a new process, gets the same ticket and makes no second one.
 */
class IdempotencyRestartIT
{
    private static final String KEY = "restart-admin-key-0123456789";

    @TempDir
    Path data;

    @Test
    void shouldAnswerARetryAfterAKillWithTheSameTicket() throws Exception
    {
        final Map<String, String> header = Map.of("Idempotency-Key", "ticketing-42");
        final Api.Response first;
        try (ServerProcess server = ServerProcess.serve(data, KEY))
        {
            first = new Api(server.url(), KEY).send("POST", "/v1/tickets", Bodies.ticket("lost answer"), KEY, header);
            assertThat(first.status()).isEqualTo(201);
            server.kill();
        }
        try (ServerProcess server = ServerProcess.serve(data, KEY))
        {
            final Api api = new Api(server.url(), KEY);
            final long position = api.get("/health").body().path("position").asLong();

            final Api.Response retry = api.send("POST", "/v1/tickets", Bodies.ticket("lost answer"), KEY, header);

            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.text("id")).isEqualTo(first.text("id"));
            assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat(api.get("/v1/tickets?externalId=" + first.text("externalId")).body().path("items")).hasSize(1);
            assertThat(api.get("/health").body().path("position").asLong()).as("no record for the retry").isEqualTo(position);
            assertThat(api.send("POST", "/v1/tickets", Bodies.ticket("another"), KEY, header).status()).isEqualTo(422);
            assertThat(server.terminate()).isZero();
        }
    }
}
