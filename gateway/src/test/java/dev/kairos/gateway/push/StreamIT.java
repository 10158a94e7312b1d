package dev.kairos.gateway.push;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.ServerContext;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/** The event stream over a real server and the JDK's WebSocket client: events, filters, auth and bad input. */
class StreamIT
{
    @TempDir
    Path data;
    private final List<StreamClient> clients = new ArrayList<>();
    private final AtomicLong wallClock = new AtomicLong(Instant.parse("2026-11-23T09:00:00Z").toEpochMilli());
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
    }

    @Test
    void shouldPushTicketCreatedAndPlanAssignedAfterAPost() throws Exception
    {
        start();
        assertThat(api.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada")).status()).isEqualTo(201);
        final StreamClient client = connect();
        final JsonNode ack = client.subscribe("{\"type\":\"subscribe\"}");

        final Api.Response created = api.send("POST", "/v1/tickets", Bodies.ticket("no heating"));
        final long position = created.body().path("position").asLong();
        client.awaitEvent("plan.changed", position);

        assertThat(ack.path("position").asLong()).isLessThan(position);
        final List<JsonNode> events = client.events().stream().filter(e -> e.path("position").asLong() == position).toList();
        assertThat(events).extracting(e -> e.path("type").asText()).containsExactly("ticket.created", "plan.assigned", "plan.changed");
        final JsonNode ticketCreated = events.get(0);
        assertThat(ticketCreated.path("ticketId").asText()).isEqualTo(created.text("id"));
        assertThat(ticketCreated.path("at").asText()).isEqualTo("2026-11-23T09:00:00Z");
        assertThat(ticketCreated.path("region").asText()).isEqualTo("north");
        assertThat(ticketCreated.path("title").asText()).isEqualTo("no heating");
        assertThat(events.get(1).path("engineerId").asText()).isEqualTo("E-1");
        assertThat(events.get(1).path("ticketId").asText()).isEqualTo(created.text("id"));
        assertThat(events.get(2).path("ticketIds")).extracting(JsonNode::asText).containsExactly(created.text("id"));
    }

    @Test
    void shouldPushSlaMomentsAsTheyFire() throws Exception
    {
        start();
        final StreamClient client = connect();
        client.subscribe("{\"type\":\"subscribe\",\"types\":[\"sla.*\"]}");
        final String id = api.send("POST", "/v1/tickets", Bodies.ticket("no heating")).text("id");

        // The built-in P2 policy: response within 8 h, a reminder at half of it.
        server.advance(Duration.ofHours(4).plusMinutes(1));

        await().atMost(20, TimeUnit.SECONDS).until(() -> !client.events().isEmpty());
        final JsonNode warning = client.events().get(0);
        assertThat(warning.path("type").asText()).isEqualTo("sla.warning");
        assertThat(warning.path("ticketId").asText()).isEqualTo(id);
        assertThat(warning.path("clock").asText()).isEqualTo("response");
        assertThat(warning.path("percent").asInt()).isEqualTo(50);
        assertThat(warning.path("dueAt").asText()).isEqualTo("2026-11-23T13:00:00Z");
    }

    @Test
    void shouldSendOnlyTheEventsTheFiltersAskFor() throws Exception
    {
        start();
        api.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada"));
        api.send("PUT", "/v1/engineers/E-2", Bodies.engineer("Grace"));
        final StreamClient locationsOfE2 = connect();
        locationsOfE2.subscribe("{\"type\":\"subscribe\",\"types\":[\"engineer.location\"],\"engineerIds\":[\"E-2\"]}");
        final StreamClient ticketT2 = connect();
        ticketT2.subscribe("{\"type\":\"subscribe\",\"ticketIds\":[\"T-2\"]}");
        final StreamClient south = connect();
        south.subscribe("{\"type\":\"subscribe\",\"types\":[\"ticket.*\",\"engineer.location\"],\"region\":\"south\"}");

        ping("E-1");
        ping("E-2");
        api.send("POST", "/v1/tickets", Bodies.ticket("north one"));
        api.send("POST", "/v1/tickets", Bodies.ticket("south one").replace("\"north\"", "\"south\""));
        ping("E-1");
        final long lastPing = ping("E-2");
        final long update = api.send("PATCH", "/v1/tickets/T-2", "{\"priority\":\"P1\"}").body().path("position").asLong();
        locationsOfE2.awaitEvent("engineer.location", lastPing);
        ticketT2.awaitEvent("ticket.updated", update);
        south.awaitEvent("ticket.updated", update);

        assertThat(locationsOfE2.events()).hasSize(2).allSatisfy(event ->
        {
            assertThat(event.path("type").asText()).isEqualTo("engineer.location");
            assertThat(event.path("engineerId").asText()).isEqualTo("E-2");
        });
        assertThat(ticketT2.events()).extracting(e -> e.path("ticketId").asText()).containsOnly("T-2");
        assertThat(ticketT2.events()).extracting(e -> e.path("type").asText()).contains("ticket.created", "plan.assigned", "ticket.updated");
        assertThat(south.events()).extracting(e -> e.path("type").asText() + " " + e.path("ticketId").asText(""))
            .as("ticket events of the south only; engineers have no region, so all their pings")
            .containsExactly("engineer.location ", "engineer.location ", "ticket.created T-2", "engineer.location ",
                "engineer.location ", "ticket.updated T-2");
    }

    @Test
    void shouldLetABrowserInWithAOneTimeTokenAndNobodyWithoutAKey() throws Exception
    {
        start();
        final Api.Response issued = api.send("POST", "/v1/stream-tokens", null);
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.text("expiresAt")).isEqualTo("2026-11-23T09:01:00Z");
        final String token = issued.text("token");
        assertThat(issued.text("url")).isEqualTo("/v1/stream?token=" + token);

        final StreamClient browser = StreamClient.open(server.server().url(), null, "?token=" + token, true);
        clients.add(browser);
        assertThat(browser.subscribe("{\"type\":\"subscribe\"}").path("type").asText()).isEqualTo("subscribed");

        assertThat(refusedUpgrade(null, "?token=" + token)).as("a token works once").isEqualTo(401);
        assertThat(refusedUpgrade(null, null)).as("no key, no token").isEqualTo(401);
        assertThat(refusedUpgrade("not-a-key-at-all-0000", null)).isEqualTo(401);
        final String late = api.send("POST", "/v1/stream-tokens", null).text("token");
        wallClock.addAndGet(Duration.ofSeconds(61).toMillis());
        assertThat(refusedUpgrade(null, "?token=" + late)).as("expired by the wall clock").isEqualTo(401);
        assertThat(api.send("POST", "/v1/stream-tokens", null, null).status()).as("tokens need a key").isEqualTo(401);
    }

    @Test
    void shouldAnswerPlainHttpOnTheStreamPathWithAProblem() throws Exception
    {
        start();

        final Api.Response plain = api.get("/v1/stream");
        assertThat(plain.status()).isEqualTo(426);
        assertThat(plain.raw().headers().firstValue("upgrade")).hasValue("websocket");
        assertThat(api.send("POST", "/v1/stream", "{}").status()).isEqualTo(405);
        assertThat(api.send("GET", "/v1/stream", null, null).status()).isEqualTo(401);
        assertThat(api.get("/health").status()).as("the connection still serves the API").isEqualTo(200);
    }

    @Test
    void shouldRefuseAnInvalidSubscribeMessageNamingEachBadField()
    {
        start();
        final StreamClient client = connect();

        client.send("{\"type\":\"subscribe\",\"types\":[\"ticket.nope\"],\"fromPosition\":-1,\"colour\":\"red\"}");

        final StreamClient.Close close = client.awaitClose();
        assertThat(close.code()).isEqualTo(1008);
        assertThat(close.reason()).startsWith("invalid subscribe message: ");
        assertThat(client.first("error").path("errors")).extracting(e -> e.path("field").asText())
            .containsExactlyInAnyOrder("colour", "types", "fromPosition");
    }

    @Test
    void shouldCloseAConnectionThatNeverSubscribes()
    {
        start(new PushContext().subscribeTimeout(Duration.ofMillis(200)));

        final StreamClient.Close close = connect().awaitClose();

        assertThat(close.code()).isEqualTo(1008);
        assertThat(close.reason()).isEqualTo("no subscribe message within 200 ms");
    }

    @Test
    void shouldCloseWith1009WhenAClientMessageIsTooBig()
    {
        start();
        final StreamClient client = connect();

        client.send("{\"type\":\"subscribe\",\"region\":\"" + "x".repeat(PushContext.DEFAULT_MAX_FRAME_BYTES) + "\"}");

        assertThat(client.awaitClose().code()).isEqualTo(1009);
    }

    private int refusedUpgrade(final String key, final String query)
    {
        final CompletionException refused = catchThrowableOfType(CompletionException.class,
            () -> clients.add(StreamClient.open(server.server().url(), key, query, true)));
        assertThat(refused).isNotNull();
        return ((WebSocketHandshakeException)refused.getCause()).getResponse().statusCode();
    }

    private long ping(final String engineerId) throws Exception
    {
        return api.send("POST", "/v1/engineers/" + engineerId + "/location", "{\"lat\":51.52,\"lon\":-0.11}")
            .body().path("position").asLong();
    }

    private StreamClient connect()
    {
        final StreamClient client = StreamClient.open(server.server().url(), TestServer.ADMIN_KEY, null, true);
        clients.add(client);
        return client;
    }

    private void start()
    {
        start(new PushContext());
    }

    private void start(final PushContext push)
    {
        try
        {
            server = new TestServer(new ServerContext().port(0).dataFolder(data).optimiser(false)
                .push(push.wallClock(() -> Instant.ofEpochMilli(wallClock.get()))));
        }
        catch (final InterruptedException ex)
        {
            throw new IllegalStateException(ex);
        }
        api = server.api();
    }
}
