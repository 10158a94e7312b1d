package dev.kairos.gateway.push;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.ServerContext;
import dev.kairos.gateway.TestServer;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.engine.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Resuming the stream from a position (from memory and from the journal), and cutting off a client that stops reading. */
class StreamResumeIT
{
    @TempDir
    Path data;
    private final List<StreamClient> clients = new ArrayList<>();
    private TestServer server;
    private Api api;
    /** Each ping measured later than the one before, so every one moves the engineer and makes an event. */
    private long measuredAt = TestServer.START;

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
    void shouldResumeWithExactlyTheEventsAfterAPosition() throws Exception
    {
        start(new PushContext());
        final StreamClient everything = connect(true);
        everything.subscribe("{\"type\":\"subscribe\",\"fromPosition\":0}");
        final long last = day(6);
        everything.awaitEvent("ticket.created", last);
        final long middle = everything.events().get(everything.events().size() / 2).path("position").asLong();

        final StreamClient resumed = connect(true);
        final JsonNode ack = resumed.subscribe("{\"type\":\"subscribe\",\"fromPosition\":" + middle + "}");
        resumed.awaitEvent("ticket.created", last);

        assertThat(ack.path("fromPosition").asLong()).isEqualTo(middle);
        assertThat(resumed.eventTexts()).isEqualTo(after(everything, middle));
        assertThat(everything.events().get(0).path("position").asLong()).as("from the journal's start").isEqualTo(2);
    }

    @Test
    void shouldResumeFromBeforeTheRecentEventsByReadingTheJournal() throws Exception
    {
        start(new PushContext().ringCapacity(16).maxLagEvents(8));
        final StreamClient everything = connect(true);
        everything.subscribe("{\"type\":\"subscribe\",\"fromPosition\":0}");
        final long last = day(10);
        everything.awaitEvent("ticket.created", last);
        assertThat(everything.events()).as("more events than the ring holds").hasSizeGreaterThan(40);

        final StreamClient resumed = connect(true);
        resumed.subscribe("{\"type\":\"subscribe\",\"fromPosition\":3}");
        resumed.awaitEvent("ticket.created", last);
        assertThat(resumed.eventTexts()).isEqualTo(after(everything, 3));

        final long next = api.send("POST", "/v1/tickets", Bodies.ticket("after the catch-up")).body().path("position").asLong();
        resumed.awaitEvent("ticket.created", next);
        everything.awaitEvent("ticket.created", next);
        assertThat(resumed.eventTexts()).as("and then live, without a gap").isEqualTo(after(everything, 3));
    }

    @Test
    void shouldResumeAcrossARestart() throws Exception
    {
        start(new PushContext());
        final StreamClient before = connect(true);
        before.subscribe("{\"type\":\"subscribe\",\"fromPosition\":0}");
        final long last = day(10);
        before.awaitEvent("ticket.created", last);
        final List<JsonNode> seen = before.events();
        final long early = seen.get(3).path("position").asLong();
        final long late = seen.get(seen.size() - 4).path("position").asLong();
        before.close();
        server.close();

        // A ring smaller than the day: the restarted tail keeps only the end in memory, the rest is a journal scan away.
        start(new PushContext().ringCapacity(16).maxLagEvents(8));
        final StreamClient fromMemory = connect(true);
        fromMemory.subscribe("{\"type\":\"subscribe\",\"fromPosition\":" + late + "}");
        fromMemory.awaitEvent("ticket.created", last);
        final StreamClient fromJournal = connect(true);
        fromJournal.subscribe("{\"type\":\"subscribe\",\"fromPosition\":" + early + "}");
        fromJournal.awaitEvent("ticket.created", last);

        assertThat(fromMemory.eventTexts()).isEqualTo(after(before, late));
        assertThat(fromJournal.eventTexts()).isEqualTo(after(before, early));
    }

    @Test
    void shouldCutOffAClientThatStopsReadingWhileOthersKeepReceiving() throws Exception
    {
        // A long grace period for the close frame, so the stuck client is still there to read it when it wakes.
        start(new PushContext().ringCapacity(8192).maxLagEvents(1024).highWaterMarkBytes(8 * 1024).sendBufferBytes(4 * 1024)
            .closeTimeout(Duration.ofMinutes(1)));
        api.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada"));
        final StreamClient stuck = connect(false);
        stuck.subscribe("{\"type\":\"subscribe\"}");
        final StreamClient reader = connect(true);
        reader.subscribe("{\"type\":\"subscribe\"}");

        // In batches the reader can take: it never falls 1,024 behind; the stuck client falls ever further.
        long last = 0;
        for (int batch = 0; batch < 24; batch++)
        {
            last = pings(250);
            reader.awaitEvent("engineer.location", last);
        }

        assertThat(reader.events()).hasSize(6_000);
        await().atMost(20, TimeUnit.SECONDS).until(() -> metric("kairos_stream_slow_consumers_total") >= 1);
        assertThat(stuck.isClosed()).as("it has not read the close frame yet").isFalse();

        stuck.startReading();
        final StreamClient.Close close = stuck.awaitClose();
        assertThat(close.code()).isEqualTo(4008);
        final Matcher reason = Pattern.compile("slow consumer: \\d+ events behind; resume with fromPosition=(\\d+)").matcher(close.reason());
        assertThat(reason.matches()).as(close.reason()).isTrue();
        final long resumeFrom = Long.parseLong(reason.group(1));
        final List<JsonNode> got = stuck.events();
        assertThat(got.get(got.size() - 1).path("position").asLong()).as("everything up to the resume point arrived").isEqualTo(resumeFrom);
        assertThat(stuck.eventTexts()).isEqualTo(reader.eventTexts().subList(0, got.size()));

        final StreamClient again = connect(true);
        again.subscribe("{\"type\":\"subscribe\",\"fromPosition\":" + resumeFrom + "}");
        again.awaitEvent("engineer.location", last);
        assertThat(again.eventTexts()).isEqualTo(after(reader, resumeFrom));
    }

    /** A small day over HTTP: engineers, tickets (the later ones find no room), pings, edits; returns the last ticket's position. */
    private long day(final int tickets) throws Exception
    {
        api.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada"));
        api.send("PUT", "/v1/engineers/E-2", Bodies.engineer("Grace"));
        for (int i = 0; i < tickets; i++)
        {
            api.send("POST", "/v1/engineers/E-" + (1 + i % 2) + "/location", "{\"lat\":51.5" + i + ",\"lon\":-0.1}");
            final Api.Response created = api.send("POST", "/v1/tickets", Bodies.ticket("ticket " + i));
            api.send("PATCH", "/v1/tickets/" + created.text("id"), "{\"durationMinutes\":" + (30 + i) + "}");
        }
        return api.send("POST", "/v1/tickets", Bodies.ticket("last")).body().path("position").asLong();
    }

    /** Location pings straight into the engine (far faster than HTTP); returns the last one's position. */
    private long pings(final int count)
    {
        final List<CompletableFuture<Outcome>> replies = new ArrayList<>();
        final long now = TestServer.START;
        for (int i = 0; i < count; i++)
        {
            replies.add(server.server().engine().submit(new EngineerLocation(now, "E-1", new Location(51.5, -0.1), ++measuredAt)));
        }
        long last = 0;
        for (final CompletableFuture<Outcome> reply : replies)
        {
            last = Math.max(last, ((Outcome.Applied)reply.join()).position());
        }
        return last;
    }

    private static List<String> after(final StreamClient client, final long position)
    {
        return client.events().stream().filter(e -> e.path("position").asLong() > position).map(JsonNode::toString).toList();
    }

    private double metric(final String name) throws Exception
    {
        for (final String line : api.get("/metrics").raw().body().split("\n"))
        {
            if (line.startsWith(name + " "))
            {
                return Double.parseDouble(line.substring(name.length() + 1));
            }
        }
        return 0;
    }

    private StreamClient connect(final boolean reading)
    {
        final StreamClient client = StreamClient.open(server.server().url(), TestServer.ADMIN_KEY, null, reading);
        clients.add(client);
        return client;
    }

    private void start(final PushContext push) throws InterruptedException
    {
        server = new TestServer(new ServerContext().port(0).dataFolder(data).optimiser(false).push(push));
        api = server.api();
    }
}
