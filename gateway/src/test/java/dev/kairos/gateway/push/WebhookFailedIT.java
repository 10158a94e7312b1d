package dev.kairos.gateway.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.ServerContext;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A receiver on loopback that always answers 500: after the configured number of failed attempts
 * at one delivery a {@code webhook.failed} event reaches the stream and another webhook, once, with
 * the webhook, the event, the attempts and the last error; the failing webhook never gets it.
 */
class WebhookFailedIT
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int FAIL_AFTER = 3;

    @TempDir
    Path data;
    private Receiver failing;
    private Receiver watching;
    private TestServer server;
    private StreamClient stream;
    private StreamClient dispatcher;

    @AfterEach
    void stop()
    {
        if (stream != null)
        {
            stream.close();
        }
        if (dispatcher != null)
        {
            dispatcher.close();
        }
        if (server != null)
        {
            server.close();
        }
        failing.close();
        watching.close();
    }

    @Test
    void shouldTellTheStreamAndOtherWebhooksOnceWhenAWebhookKeepsFailing() throws Exception
    {
        failing = new Receiver(Integer.MAX_VALUE);
        watching = new Receiver(0);
        server = new TestServer(new ServerContext().port(0).dataFolder(data).optimiser(false).push(new PushContext()
            .webhookBackoff(Duration.ofMillis(5), Duration.ofMillis(20)).webhookAckInterval(Duration.ofMillis(50))
            .webhookFailAfter(FAIL_AFTER)));
        final Api api = server.api();
        assertThat(api.send("PUT", "/v1/webhooks/W-bad", hook(failing, "\"ticket.created\",\"webhook.failed\"")).status()).isEqualTo(201);
        assertThat(api.send("PUT", "/v1/webhooks/W-watch", hook(watching, "\"webhook.failed\"")).status()).isEqualTo(201);
        stream = StreamClient.open(server.server().url(), TestServer.ADMIN_KEY, null, true);
        stream.subscribe("{\"type\":\"subscribe\",\"types\":[\"webhook.failed\"]}");
        final Api.Response dispatcherKey = api.send("POST", "/v1/api-keys", "{\"name\":\"desk\",\"role\":\"DISPATCHER\"}");
        dispatcher = StreamClient.open(server.server().url(), dispatcherKey.text("key"), null, true);
        dispatcher.subscribe("{\"type\":\"subscribe\",\"types\":[\"webhook.failed\",\"ticket.created\"]}");

        final long created = api.send("POST", "/v1/tickets", Bodies.ticket("nobody hears")).body().path("position").asLong();

        await().atMost(20, TimeUnit.SECONDS).until(() -> watching.accepted("W-watch").size() == 1);
        final JsonNode failed = MAPPER.readTree(watching.accepted("W-watch").getFirst());
        assertThat(failed.path("type").asText()).isEqualTo("webhook.failed");
        assertThat(failed.path("webhookId").asText()).isEqualTo("W-bad");
        assertThat(failed.path("event").asText()).isEqualTo("ticket.created");
        assertThat(failed.path("eventPosition").asLong()).isEqualTo(created);
        assertThat(failed.path("delivery").asText()).startsWith(created + ".");
        assertThat(failed.path("attempts").asInt()).isEqualTo(FAIL_AFTER);
        assertThat(failed.path("lastError").asText()).contains("HTTP 500");
        stream.awaitEvent("webhook.failed", failed.path("position").asLong());
        assertThat(stream.first("webhook.failed")).isEqualTo(failed);

        // It keeps failing, and is not reported again for the same delivery; nor does the failing receiver hear of itself.
        await().atMost(20, TimeUnit.SECONDS).until(() -> failing.calls().size() >= 3 * FAIL_AFTER);
        assertThat(watching.accepted("W-watch")).hasSize(1);
        assertThat(failing.calls()).extracting(Receiver.Call::event).containsOnly("ticket.created");
        assertThat(api.get("/v1/webhooks/W-bad").body().path("failures").asInt()).isGreaterThanOrEqualTo(3 * FAIL_AFTER - 1);

        // A key that may not see webhooks does not hear of their failures: a later event arrives, the failure never did.
        final long later = api.send("POST", "/v1/tickets", Bodies.ticket("after the failure")).body().path("position").asLong();
        dispatcher.awaitEvent("ticket.created", later);
        assertThat(dispatcher.events()).extracting(e -> e.path("type").asText()).containsExactly("ticket.created", "ticket.created");
    }

    private static String hook(final Receiver receiver, final String types)
    {
        return "{\"url\":\"" + receiver.url() + "\",\"types\":[" + types + "],\"secret\":\"a-secret-of-16-chars+\"}";
    }
}
