package dev.kairos.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code demo --clock-speed 600}: ten engine minutes a second, so the live city's tickets arrive, and its
 * engineers drive to them and finish them, in seconds; at 1 the same would take the better part of an hour.
 */
class DemoClockSpeedIT
{
    @TempDir
    Path data;

    @Test
    void shouldPlayTheCityAtTheClockSpeed() throws Exception
    {
        try (ServerProcess demo = ServerProcess.demo(data, "--clock-speed", "600", "--engineers", "10",
            "--tickets-per-hour", "60", "--backlog", "4"))
        {
            final Api api = new Api(demo.url(), Files.readString(data.resolve("api-key.txt")).trim());
            assertThat(demo.output()).contains("engine time at 600.0x");

            // 60 an hour of engine time is one a wall-clock tenth of a second: twenty new ones come within seconds.
            await().atMost(60, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS)
                .until(() -> tickets(api, "").size() >= 24);
            final JsonNode all = tickets(api, "");
            final Instant first = Instant.parse(all.get(0).path("createdAt").asText());
            final Instant last = Instant.parse(all.get(all.size() - 1).path("createdAt").asText());
            assertThat(Duration.between(first, last)).as("engine time between the backlog and the twentieth arrival")
                .isGreaterThan(Duration.ofMinutes(5));

            // Engineers drive and work at the same pace: an hour's visit is six seconds.
            await().atMost(60, TimeUnit.SECONDS).pollInterval(500, TimeUnit.MILLISECONDS)
                .until(() -> !tickets(api, "&status=COMPLETED").isEmpty());
            assertThat(demo.terminate()).isZero();
        }
    }

    @Test
    void shouldRefuseAClockSpeedThatIsNotPositive() throws Exception
    {
        final Process demo = new ProcessBuilder(ServerProcess.javaCommand("demo", "--port", "0", "--data", data.toString(),
            "--clock-speed", "0")).start();
        final String err = new String(demo.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(demo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(demo.exitValue()).isEqualTo(2);
        assertThat(err).contains("--clock-speed").contains("was 0.0");
    }

    private static JsonNode tickets(final Api api, final String filter) throws Exception
    {
        return api.get("/v1/tickets?limit=200" + filter).body().path("items");
    }
}
