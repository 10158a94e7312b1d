package dev.kairos.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short, low-rate run of the fan-out harness against a real Kairos in this JVM with real
 * WebSocket sessions: every measured event reaches every subscriber once and is timed once, and
 * each event is timed once more when the last subscriber has it. Counts only, never how fast.
 */
class FanOutIT
{
    @TempDir
    Path folder;

    @Test
    void shouldDeliverAndTimeEveryEventAtEverySubscriber() throws Exception
    {
        final Path json = folder.resolve("fanout.json");

        final int exit = new CommandLine(new FanOut()).execute("--subscribers", "1,7", "--rate", "40",
            "--duration", "1s", "--warmup", "500ms", "--engineers", "20", "--json", json.toString());

        assertThat(exit).isZero();
        final JsonNode steps = new ObjectMapper().readTree(json.toFile()).path("steps");
        assertThat(steps).hasSize(2);
        for (final JsonNode step : steps)
        {
            final long sessions = step.path("subscribers").asLong();
            assertThat(step.path("measuredEvents").asLong()).isEqualTo(40);
            assertThat(step.path("failedCreates").asLong()).isZero();
            assertThat(step.path("sessionsClosedByServer").asInt()).isZero();
            assertThat(step.path("deliveries").asLong()).isEqualTo(40 * sessions);
            assertThat(step.path("deliveryMicros").path("count").asLong()).isEqualTo(40 * sessions);
            assertThat(step.path("allSubscribersMicros").path("count").asLong()).isEqualTo(40);
            assertThat(step.path("ackMicros").path("count").asLong()).isEqualTo(40);
            assertThat(step.path("allSubscribersMicros").path("max").asDouble())
                .isGreaterThanOrEqualTo(step.path("deliveryMicros").path("p50").asDouble());
        }
        assertThat(steps.get(1).path("ioCpuMicrosPerExtraDelivery").isNumber()).isTrue();
    }
}
