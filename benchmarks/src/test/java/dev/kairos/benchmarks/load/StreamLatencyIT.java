package dev.kairos.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short, low-rate run of the end-to-end harness against a real Kairos in this JVM: every
 * measured create is answered and its assignment is found on the stream and timed once. Counts
 * only, never how fast.
 */
class StreamLatencyIT
{
    @TempDir
    Path folder;

    @Test
    void shouldTimeEveryAssignedCreateFromItsIntendedSendToItsStreamEvent() throws Exception
    {
        final Path json = folder.resolve("stream.json");

        final int exit = new CommandLine(new StreamLatency()).execute("--rate", "50", "--background", "200",
            "--duration", "2s", "--warmup", "1s", "--engineers", "200", "--json", json.toString());

        assertThat(exit).isZero();
        final JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("measuredCreates").asLong()).isEqualTo(100);
        assertThat(report.path("unanswered").asLong()).isZero();
        assertThat(report.path("failed").asLong()).isZero();
        assertThat(report.path("missingEvents").asLong()).isZero();
        assertThat(report.path("assigned").asLong() + report.path("unassigned").asLong()).isEqualTo(100);
        assertThat(report.path("assigned").asLong()).isPositive();
        assertThat(report.path("assignmentPushedMicros").path("count").asLong()).isEqualTo(report.path("assigned").asLong());
        assertThat(report.path("ackMicros").path("count").asLong()).isEqualTo(100);
        assertThat(report.path("assignmentPushedMicros").path("p50").asDouble()).isPositive();
        assertThat(report.path("backgroundPingMicros").path("count").asLong()).isEqualTo(400);
    }
}
