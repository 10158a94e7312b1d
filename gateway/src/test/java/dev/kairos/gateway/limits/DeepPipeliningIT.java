package dev.kairos.gateway.limits;

import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Far more pipelined requests on one connection than are answered at once: the server stops reading
 * while answers wait (back-pressure), and every request gets its answer, in order; none is dropped.
 */
class DeepPipeliningIT
{
    private static final int REQUESTS = 500;
    private static final int TICKETS = 5;

    @TempDir
    Path data;

    @Test
    void shouldAnswerFiveHundredPipelinedRequestsInOrder() throws Exception
    {
        try (TestServer server = new TestServer(data))
        {
            for (int t = 1; t <= TICKETS; t++)
            {
                assertThat(server.api().send("POST", "/v1/tickets", Bodies.ticket("deep " + t)).status()).isEqualTo(201);
            }
            final ByteArrayOutputStream all = new ByteArrayOutputStream();
            final List<String> expected = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++)
            {
                if (i % 7 == 3)
                {
                    // Refused on the event loop while engine queries before it are still out: must not overtake them.
                    all.writeBytes(RawHttp.request("GET", "/v1/tickets/T-1", "kairos_no-such-key", null));
                    expected.add("401");
                }
                else
                {
                    final String id = "T-" + (1 + i % TICKETS);
                    all.writeBytes(RawHttp.request("GET", "/v1/tickets/" + id, TestServer.ADMIN_KEY, null));
                    expected.add("200 " + id);
                }
            }
            try (RawHttp http = new RawHttp(server.server().port()))
            {
                // Written from another thread: a server that stops reading must not stall the test's own reads.
                final CompletableFuture<Void> written = CompletableFuture.runAsync(() ->
                {
                    try
                    {
                        http.send(all.toByteArray());
                    }
                    catch (final java.io.IOException ex)
                    {
                        throw new java.io.UncheckedIOException(ex);
                    }
                });
                final List<String> answers = new ArrayList<>();
                for (int i = 0; i < REQUESTS; i++)
                {
                    final RawHttp.Response response = http.read();
                    answers.add(response.status() == 200 ? "200 " + response.json().path("id").asText() : Integer.toString(response.status()));
                }
                written.get(10, TimeUnit.SECONDS);
                assertThat(answers).containsExactlyElementsOf(expected);
                http.send(RawHttp.request("GET", "/health", null, null));
                assertThat(http.read().status()).as("the connection still serves").isEqualTo(200);
            }
        }
    }
}
