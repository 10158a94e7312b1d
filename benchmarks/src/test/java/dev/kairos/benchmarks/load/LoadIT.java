package dev.kairos.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short, low-rate runs against a real Kairos in this JVM and the ceiling. They assert what the
 * runs did (counts, statuses, files), never how fast: the machine is shared.
 */
class LoadIT
{
    private static final long SEED = 20261123L;

    @TempDir
    Path folder;

    @Test
    void shouldSendEveryScheduledRequestToKairosAndRecordEachOnce() throws Exception
    {
        final Mix mix = Mix.parse(Mix.DEFAULT);
        final LoadWorkload workload = new LoadWorkload(SEED, 20, System.currentTimeMillis());
        final List<LoadWorkload.Body> tickets = workload.tickets(64);
        try (Target kairos = Target.kairosInProcess(4 * 8, false))
        {
            final Setup setup = new Setup(kairos);
            setup.putEngineers(workload.engineers());
            final List<String> reads = setup.createTickets(tickets.subList(0, 16));
            try (RequestTemplates templates = new RequestTemplates(kairos.hostHeader(), kairos.apiKey(), tickets,
                     workload.pings(40), reads);
                 LoadClient client = new LoadClient(kairos.address(), 4, 8, 0))
            {
                final RunResult result = client.run("kairos",
                    new RunSpec(200, Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(10)), mix.sequence(SEED), templates);

                assertThat(result.measured()).isEqualTo(400);
                assertThat(result.histogram().getTotalCount()).isEqualTo(400);
                assertThat(result.errors()).isEmpty();
                assertThat(result.succeeded()).isEqualTo(400);
                assertThat(result.statuses().keySet()).isSubsetOf("200", "201", "202");
                assertThat(result.statuses().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(400);
                assertThat(result.latencyByKind().values().stream().mapToLong(Percentiles::count).sum()).isEqualTo(400);
            }
        }
    }

    @Test
    void shouldReportBothTargetsAsJsonWithPercentileFilesAndAPlot() throws Exception
    {
        final Path json = folder.resolve("load.json");
        final Path out = folder.resolve("out");

        final int exit = new CommandLine(new LoadMain()).execute("--rate", "200", "--duration", "2s", "--warmup", "0s",
            "--connections", "4", "--in-flight", "8", "--engineers", "20", "--json", json.toString(), "--out", out.toString());

        assertThat(exit).isZero();
        final JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("runs")).hasSize(2);
        for (final JsonNode run : report.path("runs"))
        {
            assertThat(run.path("measured").asLong()).as(run.path("target").asText()).isEqualTo(400);
            assertThat(run.path("succeeded").asLong()).as(run.path("target").asText()).isEqualTo(400);
            assertThat(run.path("latency").path("count").asLong()).isEqualTo(400);
            assertThat(run.path("errors").isEmpty()).isTrue();
        }
        assertThat(report.path("runs").get(0).path("target").asText()).isEqualTo("ceiling");
        assertThat(report.path("runs").get(1).path("target").asText()).isEqualTo("kairos");
        assertThat(report.path("ratios").path("throughput").isNumber()).isTrue();
        assertThat(out.resolve("ceiling-200.hgrm")).isNotEmptyFile();
        assertThat(out.resolve("kairos-200.hgrm")).isNotEmptyFile();
        assertThat(out.resolve("percentiles.png")).isNotEmptyFile();
    }

    @Test
    void shouldRefuseToLoadAnAddressOffTheMachine()
    {
        final int exit = new CommandLine(new LoadMain()).execute("--url", "http://192.0.2.1:8080", "--key", "k", "--targets", "kairos",
            "--rate", "10", "--duration", "1s");

        assertThat(exit).isEqualTo(2);
    }
}
