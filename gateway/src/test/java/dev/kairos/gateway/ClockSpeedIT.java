package dev.kairos.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code serve --clock-speed 3600}: an hour of SLA time a second, resumed after a restart. */
class ClockSpeedIT
{
    private static final String KEY = "clock-speed-admin-key-1";

    @TempDir
    Path data;

    @Test
    void shouldRunSlaTimeFasterAndResumeItAfterARestart() throws Exception
    {
        final String id;
        final Instant before;
        try (ServerProcess server = ServerProcess.serve(data, KEY, "--clock-speed", "3600"))
        {
            final Api api = new Api(server.url(), KEY);
            final JsonNode ticket = api.send("POST", "/v1/tickets", Bodies.ticket("fast").replace("\"P2\"", "\"P1\"")).body();
            id = ticket.path("id").asText();
            final Instant created = Instant.parse(ticket.path("createdAt").asText());
            // P1 by default: response in 4 h, so the 50 % reminder is 2 engine hours, about 2 s, away.
            await().atMost(60, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS)
                .until(() -> events(api, id).contains("sla.warning"));
            final JsonNode warning = api.get("/v1/tickets/" + id + "/events").body().path("events").get(1);
            assertThat(Instant.parse(warning.path("dueAt").asText())).isEqualTo(created.plus(Duration.ofHours(2)));
            before = Instant.parse(api.get("/v1/tickets/" + id).body().path("sla").path("asOf").asText());
            assertThat(server.terminate()).isZero();
        }
        try (ServerProcess server = ServerProcess.serve(data, KEY, "--clock-speed", "3600"))
        {
            final Instant after = Instant.parse(new Api(server.url(), KEY).get("/v1/tickets/" + id).body().path("sla").path("asOf").asText());
            assertThat(after).as("engine time resumed, down time included").isAfter(before);
            assertThat(server.terminate()).isZero();
        }
    }

    private static String events(final Api api, final String id) throws Exception
    {
        return api.get("/v1/tickets/" + id + "/events").body().toString();
    }
}
