package dev.kairos.gateway.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.ServerContext;
import dev.kairos.gateway.TestServer;
import dev.kairos.solver.journal.JournalReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A server keeping two days of journal: once the old days are deleted, a restart carries the event
 * stream and the webhooks forward from a snapshot. Delivery resumes where the receiver left off,
 * live subscribers see new events, and a resume from before the retained journal is refused clearly.
 */
class RetentionIT
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int DAYS = 6;
    private static final int PER_DAY = 10;

    @TempDir
    Path data;
    private Receiver receiver;
    private TestServer server;
    private Api api;
    private StreamClient client;

    @AfterEach
    void stop()
    {
        if (client != null)
        {
            client.close();
        }
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
    void shouldCarryStreamAndWebhooksForwardFromASnapshotOnceOldDaysAreDeleted() throws Exception
    {
        startWithWebhook("W-1", "ticket.created");
        long lastTicket = 0;
        for (int day = 0; day < DAYS; day++)
        {
            server.advance(Duration.ofDays(day == 0 ? 0 : 1));
            for (int i = 0; i < PER_DAY; i++)
            {
                lastTicket = api.send("POST", "/v1/tickets", Bodies.ticket("day " + day + " ticket " + i)).body().path("position").asLong();
            }
            final int expected = PER_DAY * (day + 1);
            await().atMost(20, TimeUnit.SECONDS).until(() -> receiver.accepted("W-1").size() == expected);
        }
        final long acknowledgedThrough = lastTicket;
        await().atMost(20, TimeUnit.SECONDS).until(() -> api.get("/v1/webhooks/W-1").body().path("deliveredThrough").asLong()
            >= acknowledgedThrough);
        server.close();
        final long first = JournalReader.firstPosition(data.resolve("journal"));
        assertThat(first).as("old journal days were deleted").isGreaterThan(1);

        start();
        server.advance(Duration.ofDays(DAYS));
        assertThat(api.get("/v1/webhooks/W-1").status()).as("the webhook came back from the snapshot").isEqualTo(200);
        final int deliveredBefore = receiver.calls().size();
        client = StreamClient.open(server.server().url(), TestServer.ADMIN_KEY, null, true);
        client.subscribe("{\"type\":\"subscribe\",\"types\":[\"ticket.created\"]}");
        final long created = api.send("POST", "/v1/tickets", Bodies.ticket("after the restart")).body().path("position").asLong();
        client.awaitEvent("ticket.created", created);
        await().atMost(20, TimeUnit.SECONDS).until(() -> receiver.accepted("W-1").size() == PER_DAY * DAYS + 1);
        final List<Receiver.Call> since = receiver.calls().subList(deliveredBefore, receiver.calls().size());
        assertThat(since).extracting(call -> MAPPER.readTree(call.body()).path("position").asLong())
            .as("only the new ticket: what was acknowledged before is not delivered again").containsOnly(created);

        final StreamClient old = StreamClient.open(server.server().url(), TestServer.ADMIN_KEY, null, true);
        try
        {
            old.subscribe("{\"type\":\"subscribe\",\"types\":[\"ticket.created\"],\"fromPosition\":1}");
            final StreamClient.Close close = old.awaitClose();
            assertThat(close.code()).isEqualTo(StreamSession.RESUME_TOO_OLD);
            assertThat(close.reason()).contains("precedes the retained journal");
        }
        finally
        {
            old.close();
        }
    }

    @Test
    void shouldAcknowledgeRecordsAWebhookHasNothingInSoItDoesNotHoldRetentionBack() throws Exception
    {
        startWithWebhook("W-rare", "sla.breached");
        final int pings = WebhookDeliverer.PASSED_OVER_BEFORE_ACK + 50;
        for (int i = 0; i < pings; i++)
        {
            server.advance(Duration.ofSeconds(1));
            api.send("POST", "/v1/engineers/E-1/location", "{\"lat\":51.5,\"lon\":" + (-0.1 - i * 1e-5) + "}");
        }
        await().atMost(20, TimeUnit.SECONDS).until(() -> api.get("/v1/webhooks/W-rare").body().path("deliveredThrough").asLong()
            >= WebhookDeliverer.PASSED_OVER_BEFORE_ACK);
        assertThat(receiver.calls()).as("nothing was for it").isEmpty();
        final long settled = server.position();
        Thread.sleep(300);
        assertThat(server.position()).as("an idle webhook journals nothing more: no acknowledgements answering each other")
            .isEqualTo(settled);
    }

    @Test
    void shouldKeepServingNewWebhooksWhenOldDaysGoWhileTheServerRuns() throws Exception
    {
        startWithWebhook("W-1", "ticket.created");
        for (int day = 0; day < DAYS; day++)
        {
            server.advance(Duration.ofDays(day == 0 ? 0 : 1));
            for (int i = 0; i < PER_DAY; i++)
            {
                api.send("POST", "/v1/tickets", Bodies.ticket("day " + day + " ticket " + i));
            }
            final int expected = PER_DAY * (day + 1);
            await().atMost(20, TimeUnit.SECONDS).until(() -> receiver.accepted("W-1").size() == expected);
        }
        await().atMost(20, TimeUnit.SECONDS).until(() -> JournalReader.firstPosition(data.resolve("journal")) > 1);

        api.send("PUT", "/v1/webhooks/W-2", "{\"url\":\"" + receiver.url() + "\",\"types\":[\"ticket.created\"],"
            + "\"secret\":\"a-long-shared-secret-0123\"}");
        final long created = api.send("POST", "/v1/tickets", Bodies.ticket("after the trim")).body().path("position").asLong();
        await().atMost(20, TimeUnit.SECONDS).until(() -> receiver.accepted("W-2").size() == 1);
        assertThat(MAPPER.readTree(receiver.accepted("W-2").get(0)).path("position").asLong())
            .as("a webhook registered after old days went, on a server that started on the whole journal").isEqualTo(created);
        assertThat(api.get("/v1/webhooks/W-2").body().path("lastError").isNull()
            || api.get("/v1/webhooks/W-2").body().path("lastError").isMissingNode()).isTrue();
    }

    /** A server with one engineer and one webhook for one event type. */
    private void startWithWebhook(final String webhookId, final String type) throws Exception
    {
        receiver = new Receiver(0);
        start();
        api.send("PUT", "/v1/webhooks/" + webhookId, "{\"url\":\"" + receiver.url() + "\",\"types\":[\"" + type + "\"],"
            + "\"secret\":\"a-long-shared-secret-0123\"}");
        api.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada"));
    }

    private void start() throws InterruptedException
    {
        server = new TestServer(new ServerContext().port(0).dataFolder(data).optimiser(false)
            .snapshots(8, Duration.ZERO, 2).journalRetention(Duration.ofDays(2))
            .push(new PushContext().webhookBackoff(Duration.ofMillis(5), Duration.ofMillis(40)).webhookAckInterval(Duration.ofMillis(50))));
        api = server.api();
    }
}
