package dev.kairos.gateway.api;

import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SLA counts on /metrics follow the engine: open tickets under a policy, at risk within the
 * hour, breached once the test clock passes a deadline, and fewer when a ticket closes. The gauges
 * refresh every few seconds, so each expectation is awaited with a bound.
 */
class MetricsIT
{
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path data;

    @Test
    void shouldCountOpenAtRiskAndBreachedTicketsAsTheClockMoves() throws Exception
    {
        try (TestServer server = new TestServer(data))
        {
            final Api api = server.api();
            final String first = api.send("POST", "/v1/tickets", Bodies.ticket("first")).text("id");
            api.send("POST", "/v1/tickets", Bodies.ticket("second"));

            awaitGauge(api, "kairos_sla_tickets_open", 2);
            assertThat(gauge(api, "kairos_sla_tickets_running")).isEqualTo(2);
            assertThat(gauge(api, "kairos_sla_tickets_at_risk")).isZero();
            assertThat(gauge(api, "kairos_sla_tickets_breached")).isZero();

            // P2's response target is 8 h: at 7 h 30 both are within the hour of it.
            server.advance(Duration.ofMinutes(7 * 60 + 30));
            awaitGauge(api, "kairos_sla_tickets_at_risk", 2);
            assertThat(gauge(api, "kairos_sla_tickets_breached")).isZero();

            server.advance(Duration.ofHours(1));
            awaitGauge(api, "kairos_sla_tickets_breached", 2);

            api.send("DELETE", "/v1/tickets/" + first, null);
            awaitGauge(api, "kairos_sla_tickets_open", 1);
            assertThat(gauge(api, "kairos_sla_tickets_breached")).isEqualTo(1);
        }
    }

    private static void awaitGauge(final Api api, final String name, final double expected) throws Exception
    {
        final long deadline = System.nanoTime() + BOUND.toNanos();
        double seen = gauge(api, name);
        while (seen != expected && System.nanoTime() < deadline)
        {
            Thread.sleep(100);
            seen = gauge(api, name);
        }
        assertThat(seen).as(name).isEqualTo(expected);
    }

    private static double gauge(final Api api, final String name) throws Exception
    {
        final Api.Response scrape = api.get("/metrics");
        assertThat(scrape.status()).isEqualTo(200);
        return scrape.raw().body().lines()
            .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
            .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
            .findFirst()
            .orElseThrow(() -> new AssertionError(name + " is not on /metrics"));
    }
}
