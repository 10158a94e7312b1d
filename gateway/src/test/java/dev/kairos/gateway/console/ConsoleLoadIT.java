package dev.kairos.gateway.console;

import dev.kairos.gateway.Api;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's figures at size (benchmarks/RESULTS.md): 1,000 engineers and 5,000 open tickets
 * on a real server, then the map's frame time and the time from an API call to the frame that
 * shows its stream event. A benchmark, so it runs only when asked:
 * {@code -Dkairos.console.bench=true} (sizes: {@code -Dkairos.console.engineers}, {@code .tickets}).
 */
@EnabledIfSystemProperty(named = "kairos.console.bench", matches = "true")
class ConsoleLoadIT
{
    private static final long SEED = 20261123L;

    @TempDir
    Path data;

    @Test
    void shouldMeasureFrameTimeAndCallToPaintAtSize() throws Exception
    {
        final int engineers = Integer.getInteger("kairos.console.engineers", 1_000);
        final int tickets = Integer.getInteger("kairos.console.tickets", 5_000);
        System.out.printf("console load: seed %d, %d engineers, %d tickets%n", SEED, engineers, tickets);
        try (TestServer server = new TestServer(data); Browser browser = Browser.open(1920, 1080))
        {
            final Api api = server.api();
            final Random random = new Random(SEED);
            final long seeding = System.nanoTime();
            final List<String[]> requests = new ArrayList<>();
            for (int i = 1; i <= engineers; i++)
            {
                requests.add(new String[] {"PUT", "/v1/engineers/E-" + i, engineer(i, random)});
            }
            run(api, requests);
            requests.clear();
            for (int i = 0; i < tickets; i++)
            {
                requests.add(new String[] {"POST", "/v1/tickets", ticket(i, random)});
            }
            run(api, requests);
            System.out.printf("console load: seeded in %.1f s%n", (System.nanoTime() - seeding) / 1e9);

            final long opening = System.nanoTime();
            browser.driver().get(server.server().url() + "/console");
            browser.driver().findElement(By.id("api-key")).sendKeys(TestServer.ADMIN_KEY, Keys.ENTER);
            browser.await("the map shows everything", 120, b ->
                String.valueOf(engineers).equals(b.data("map", "engineers"))
                    && String.valueOf(tickets).equals(b.data("map", "tickets"))
                    && "live".equals(b.data("stream-state", "state")));
            System.out.printf("console load: login to first full frame %.1f s%n", (System.nanoTime() - opening) / 1e9);

            for (final boolean withRoutes : new boolean[] {false, true})
            {
                final Map<String, List<Number>> frames = browser.jsAsync(
                    "const done = arguments[arguments.length - 1]; kairosConsole.measureFrames(90, arguments[0]).then(done)",
                    withRoutes);
                final String kind = withRoutes ? "redrawing routes" : "markers over cached routes";
                report("draw ms, " + kind, frames.get("draws"));
                report("frame interval ms, " + kind, frames.get("intervals"));
            }

            final List<Number> paints = new ArrayList<>();
            for (int i = 0; i < 30; i++)
            {
                final Map<String, Object> painted = browser.jsAsync(
                    "const done = arguments[arguments.length - 1]; "
                        + "kairosConsole.timeToPaint(JSON.parse(arguments[0])).then(done, e => done({error: String(e)}))",
                    api.json(Map.of("title", "probe " + i, "priority", "P3",
                        "location", Map.of("lat", 51.5, "lon", -0.1), "durationMinutes", 30)));
                assertThat(painted).as("probe %d", i).containsKey("ms");
                paints.add((Number)painted.get("ms"));
            }
            report("API call to paint ms", paints);
            browser.screenshot("console-load");
            assertThat(browser.data("map", "tickets")).isEqualTo(String.valueOf(tickets + 30));
        }
    }

    private static void run(final Api api, final List<String[]> requests) throws Exception
    {
        final ExecutorService pool = Executors.newFixedThreadPool(8);
        try
        {
            final List<Future<Integer>> statuses = new ArrayList<>();
            for (final String[] request : requests)
            {
                statuses.add(pool.submit(() -> api.send(request[0], request[1], request[2]).status()));
            }
            for (final Future<Integer> status : statuses)
            {
                assertThat(status.get()).isBetween(200, 201);
            }
        }
        finally
        {
            pool.shutdown();
        }
    }

    private static String engineer(final int i, final Random random)
    {
        return """
            {"name":"Engineer %d","home":{"lat":%.5f,"lon":%.5f},"skills":["hvac"],
             "shift":{"start":"2026-11-23T08:00:00Z","end":"2026-11-23T17:00:00Z",
             "breaks":[{"start":"2026-11-23T12:00:00Z","end":"2026-11-23T12:30:00Z"}]}}
            """.formatted(i, 51.3 + random.nextDouble() * 0.4, -0.5 + random.nextDouble() * 0.8);
    }

    private static String ticket(final int i, final Random random)
    {
        return """
            {"title":"Load %d","priority":"P%d","location":{"lat":%.5f,"lon":%.5f},"durationMinutes":%d}
            """.formatted(i, 1 + random.nextInt(4), 51.3 + random.nextDouble() * 0.4, -0.5 + random.nextDouble() * 0.8,
            30 + random.nextInt(4) * 15);
    }

    private static void report(final String what, final List<Number> values)
    {
        final double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        System.out.printf("console load: %s over %d: p50 %.2f, p95 %.2f, max %.2f%n", what, sorted.length,
            sorted[sorted.length / 2], sorted[(int)Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
        assertThat(Arrays.stream(sorted).allMatch(v -> v >= 0)).isTrue();
    }

}
