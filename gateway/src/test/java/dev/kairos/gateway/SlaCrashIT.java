package dev.kairos.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.solver.command.FireSla;
import dev.kairos.solver.journal.Journal;
import dev.kairos.solver.sla.SlaMoment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real server process, its engine time a minute a second ({@code --clock-speed 60}), is killed
 * with SIGKILL between a ticket's reminder and its breach, and stays down while the breach and a
 * few escalation repeats fall due. After the restart every moment is in the journal exactly once;
 * the overdue ones fired first thing at start, with their original due times, and the missed
 * repeats as one event carrying the number missed.
 */
class SlaCrashIT
{
    private static final String KEY = "sla-crash-admin-key-42";
    private static final String[] SPEED = {"--clock-speed", "60"};
    private static final String POLICY = """
        {"responseTarget":"PT10M","resolutionTarget":"PT10H","reminders":[30],
         "escalation":[{"at":"BREACH","clock":"response","action":"NOTIFY","repeat":"PT1M"}]}
        """;

    @TempDir
    Path data;

    @Test
    void shouldFireEveryMomentExactlyOnceAcrossAKillWithOverdueOnesAtStart() throws Exception
    {
        final String id;
        final long createdAt;
        final long createdWall;
        try (ServerProcess server = ServerProcess.serve(data, KEY, SPEED))
        {
            final Api api = new Api(server.url(), KEY);
            assertThat(api.send("PUT", "/v1/sla-policies/fast", POLICY).status()).isEqualTo(201);
            final JsonNode ticket = api.send("POST", "/v1/tickets", Bodies.ticket("crash")).body();
            id = ticket.path("id").asText();
            createdAt = Instant.parse(ticket.path("createdAt").asText()).toEpochMilli();
            createdWall = System.currentTimeMillis();
            await().atMost(30, TimeUnit.SECONDS).pollInterval(50, TimeUnit.MILLISECONDS)
                .until(() -> !sla(api, id).isEmpty());
            assertThat(sla(api, id)).as("killed between the reminder (3 min, 3 s) and the breach (10 min, 10 s)").hasSize(1);
            server.kill();
        }
        // Down until the breach (10 engine minutes, 10 s) and at least three repeats are due.
        final long breachDue = createdAt + 600_000;
        await().atMost(30, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS)
            .until(() -> System.currentTimeMillis() > createdWall + 13_500);

        try (ServerProcess server = ServerProcess.serve(data, KEY, SPEED))
        {
            final Api api = new Api(server.url(), KEY);
            final List<JsonNode> events = sla(api, id);

            assertThat(events.get(0).path("type").asText()).isEqualTo("sla.warning");
            assertThat(events.get(0).path("percent").asInt()).isEqualTo(30);
            final JsonNode breach = events.get(1);
            assertThat(breach.path("type").asText()).isEqualTo("sla.breached");
            assertThat(Instant.parse(breach.path("dueAt").asText()).toEpochMilli()).isEqualTo(breachDue);
            assertThat(Instant.parse(breach.path("at").asText()).toEpochMilli()).as("fired late: overdue at start")
                .isGreaterThan(breachDue + 180_000);
            assertThat(breach.path("position").asLong()).as("the first record after the restart")
                .isEqualTo(events.get(0).path("position").asLong() + 1);
            final JsonNode first = events.get(2);
            assertThat(first.path("occurrence").asInt()).isEqualTo(1);
            assertThat(Instant.parse(first.path("dueAt").asText()).toEpochMilli()).isEqualTo(breachDue);
            final JsonNode folded = events.get(3);
            assertThat(folded.path("occurrence").asInt()).isEqualTo(2);
            assertThat(folded.path("missed").asInt()).as("repeats due while down fire as one").isGreaterThanOrEqualTo(2);
            assertThat(folded.path("position").asLong()).isEqualTo(breach.path("position").asLong() + 2);
            assertOccurrencesContiguous(events);
            assertThat(server.terminate()).isZero();
        }

        assertThat(journaledMoments()).as("every moment once in the journal").doesNotHaveDuplicates()
            .contains("RESPONSE WARNING 30 0", "RESPONSE BREACH 0 0", "RESPONSE ESCALATION 0 0", "RESPONSE ESCALATION 0 1");
    }

    /** The ticket's sla.* events in journal order. */
    private static List<JsonNode> sla(final Api api, final String id) throws Exception
    {
        final List<JsonNode> events = new ArrayList<>();
        for (final JsonNode event : api.get("/v1/tickets/" + id + "/events").body().path("events"))
        {
            if (event.path("type").asText().startsWith("sla."))
            {
                events.add(event);
            }
        }
        return events;
    }

    /** Each escalation event covers occurrences [occurrence, occurrence + missed]: together 1, 2, 3, ... with no gap or overlap. */
    private static void assertOccurrencesContiguous(final List<JsonNode> events)
    {
        int next = 1;
        for (final JsonNode event : events)
        {
            if (event.path("type").asText().equals("sla.escalated"))
            {
                assertThat(event.path("occurrence").asInt()).as("%s", event).isEqualTo(next);
                next += 1 + event.path("missed").asInt();
            }
        }
    }

    private List<String> journaledMoments()
    {
        final List<String> moments = new ArrayList<>();
        try (Journal journal = Journal.open(data.resolve("journal")))
        {
            journal.replay((command, effects, position) ->
            {
                if (command instanceof final FireSla fire)
                {
                    final SlaMoment m = fire.moment();
                    // One entry per occurrence a firing covers, so a repeat fired twice would show.
                    for (int i = 0; i < m.count(); i++)
                    {
                        moments.add(m.clock() + " " + m.kind() + " " + m.index() + " " + (m.occurrence() + i));
                    }
                }
            });
        }
        return moments;
    }
}
