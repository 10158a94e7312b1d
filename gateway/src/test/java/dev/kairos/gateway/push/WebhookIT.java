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

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Webhooks over a real server and a real HTTP receiver on loopback that fails when told to. */
class WebhookIT
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SECRET = "a-long-shared-secret-0123";

    @TempDir
    Path data;
    private final List<StreamClient> clients = new ArrayList<>();
    private Receiver receiver;
    private TestServer server;
    private Api api;

    @AfterEach
    void stop()
    {
        clients.forEach(StreamClient::close);
        if (server != null)
        {
            server.close();
        }
        if (receiver != null)
        {
            receiver.close();
        }
    }

    @Test
    void shouldDeliverSignedEventsInJournalOrderRetryingAReceiverThatFailsFirst() throws Exception
    {
        receiver = new Receiver(3);
        start();
        final Api.Response registered = api.send("PUT", "/v1/webhooks/W-1", webhook("\"ticket.*\",\"plan.assigned\""));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.body().has("secret")).as("the secret is never shown").isFalse();
        final long from = registered.body().path("position").asLong();
        final StreamClient same = StreamClient.open(server.server().url(), TestServer.ADMIN_KEY, null, true);
        clients.add(same);
        same.subscribe("{\"type\":\"subscribe\",\"types\":[\"ticket.*\",\"plan.assigned\"],\"fromPosition\":" + from + "}");

        api.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada"));
        for (int i = 1; i <= 3; i++)
        {
            api.send("POST", "/v1/tickets", Bodies.ticket("ticket " + i));
        }
        api.send("PATCH", "/v1/tickets/T-1", "{\"priority\":\"P1\"}");
        final long last = api.send("DELETE", "/v1/tickets/T-2", null).body().path("position").asLong();
        same.awaitEvent("ticket.cancelled", last);
        await().atMost(20, TimeUnit.SECONDS).until(() -> receiver.accepted("W-1").size() == same.events().size());

        assertThat(parse(receiver.accepted("W-1"))).as("what a stream with the same filter saw, in order").isEqualTo(same.events());
        final List<Receiver.Call> calls = receiver.calls();
        assertThat(calls.subList(0, 4)).extracting(Receiver.Call::status).containsExactly(500, 500, 500, 200);
        assertThat(calls.subList(0, 4)).extracting(Receiver.Call::delivery).as("retries of one delivery").containsOnly(calls.get(0).delivery());
        for (final Receiver.Call call : calls)
        {
            assertThat(call.signature()).isEqualTo("sha256=" + WebhookDeliverer.sign(SECRET, call.timestamp(),
                call.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(Long.parseLong(call.timestamp())).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
            assertThat(call.event()).isEqualTo(MAPPER.readTree(call.body()).path("type").asText());
        }
        await().atMost(20, TimeUnit.SECONDS).until(() -> api.get("/v1/webhooks/W-1").body().path("deliveredThrough").asLong() >= last);
        final JsonNode view = api.get("/v1/webhooks/W-1").body();
        assertThat(view.path("failures").asInt()).isZero();
        assertThat(view.has("secret")).isFalse();
    }

    @Test
    void shouldDeliverWhatWasPendingAfterARestartAndNotRepeatWhatWasAcknowledged() throws Exception
    {
        receiver = new Receiver(0);
        receiver.down(true);
        start();
        api.send("PUT", "/v1/webhooks/W-1", webhook("\"ticket.created\""));
        api.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada"));
        for (int i = 1; i <= 3; i++)
        {
            api.send("POST", "/v1/tickets", Bodies.ticket("ticket " + i));
        }
        await().atMost(20, TimeUnit.SECONDS).until(() -> receiver.calls().size() >= 2);
        server.close();

        receiver.down(false);
        start();
        await().atMost(20, TimeUnit.SECONDS).until(() -> receiver.accepted("W-1").size() == 3);
        assertThat(parse(receiver.accepted("W-1"))).extracting(e -> e.path("ticketId").asText()).containsExactly("T-1", "T-2", "T-3");
        server.close();

        final int before = receiver.calls().size();
        start();
        final long next = api.send("POST", "/v1/tickets", Bodies.ticket("ticket 4")).body().path("position").asLong();
        await().atMost(20, TimeUnit.SECONDS).until(() -> receiver.accepted("W-1").size() == 4);
        final List<Receiver.Call> since = receiver.calls().subList(before, receiver.calls().size());
        assertThat(since).extracting(call -> MAPPER.readTree(call.body()).path("position").asLong())
            .as("a clean stop acknowledged everything: only the new ticket comes").containsOnly(next);
    }

    @Test
    void shouldStopDeliveringAWebhookOnceRemoved() throws Exception
    {
        receiver = new Receiver(0);
        start();
        api.send("PUT", "/v1/webhooks/W-1", webhook("\"ticket.created\""));
        api.send("PUT", "/v1/webhooks/W-2", webhook("\"ticket.created\""));
        api.send("POST", "/v1/tickets", Bodies.ticket("one"));
        await().atMost(20, TimeUnit.SECONDS).until(() -> receiver.accepted("W-1").size() == 1 && receiver.accepted("W-2").size() == 1);

        assertThat(api.send("DELETE", "/v1/webhooks/W-1", null).status()).isEqualTo(200);
        api.send("POST", "/v1/tickets", Bodies.ticket("two"));
        await().atMost(20, TimeUnit.SECONDS).until(() -> receiver.accepted("W-2").size() == 2);

        assertThat(receiver.accepted("W-1")).hasSize(1);
        await().atMost(20, TimeUnit.SECONDS).until(() -> api.get("/v1/webhooks/W-1").status() == 404);
    }

    @Test
    void shouldRefuseAnInvalidWebhookNamingEachFieldAndNeverTheSecret() throws Exception
    {
        start();

        final Api.Response refused = api.send("PUT", "/v1/webhooks/W-1",
            "{\"url\":\"ftp://files.example/x\",\"types\":[\"ticket.nope\"],\"secret\":\"short-one\",\"colour\":1}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors")).extracting(e -> e.path("field").asText())
            .containsExactlyInAnyOrder("url", "types", "secret", "colour");
        assertThat(refused.raw().body()).doesNotContain("short-one");
        assertThat(api.get("/v1/webhooks/W-1").status()).isEqualTo(404);
    }

    private String webhook(final String types)
    {
        return "{\"url\":\"" + receiver.url() + "\",\"types\":[" + types + "],\"secret\":\"" + SECRET + "\"}";
    }

    private static List<JsonNode> parse(final List<String> bodies) throws Exception
    {
        final List<JsonNode> nodes = new ArrayList<>();
        for (final String body : bodies)
        {
            nodes.add(MAPPER.readTree(body));
        }
        return nodes;
    }

    private void start() throws InterruptedException
    {
        server = new TestServer(new ServerContext().port(0).dataFolder(data).optimiser(false)
            .push(new PushContext().webhookBackoff(Duration.ofMillis(5), Duration.ofMillis(40)).webhookAckInterval(Duration.ofMillis(50))));
        api = server.api();
    }
}
