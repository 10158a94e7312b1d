package dev.kairos.gateway.push;

import dev.kairos.gateway.http.LocationFormat;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Stock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** An event renders its JSON when first read; whoever reads it first, and however many at once, the bytes are the same. */
class EventTest
{
    private static final long AT = Instant.parse("2026-11-23T09:00:00Z").toEpochMilli();

    @Test
    void shouldRenderTheFieldsInOrderWhenFirstRead()
    {
        final EventBuilder builder = new EventBuilder(LocationFormat.GEOGRAPHIC);
        final Event event = builder.start(EventType.ENGINEER_LOCATION, AT, 7).engineer("E-1")
            .put("location", new Location(51.5, -0.12))
            .put("measuredAt", Instant.ofEpochMilli(AT).toString())
            .put("skipped", null)
            .build();
        // The builder is reused for the next event: what the first one renders must not change with it.
        builder.start(EventType.STOCK_CHANGED, AT + 1, 8).engineer("E-2").put("stock", Stock.of(Map.of("fuse", 2))).put("n", 3)
            .put("flag", true).put("big", 5_000_000_000L).build();

        assertThat(event.text()).isEqualTo("{\"type\":\"engineer.location\",\"at\":\"2026-11-23T09:00:00Z\",\"position\":7,"
            + "\"engineerId\":\"E-1\",\"location\":{\"lat\":51.5,\"lon\":-0.12},\"measuredAt\":\"2026-11-23T09:00:00Z\"}");
        assertThat(event.json()).as("rendered once, then shared").isSameAs(event.json());
    }

    @Test
    void shouldRenderTheSameBytesOnEveryThreadThatReadsFirst() throws Exception
    {
        final EventBuilder builder = new EventBuilder(LocationFormat.PLANAR);
        try (java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4))
        {
            race(builder, threads);
        }
    }

    private static void race(final EventBuilder builder, final java.util.concurrent.ExecutorService threads) throws Exception
    {
        for (int round = 0; round < 200; round++)
        {
            final Event event = builder.start(EventType.STOCK_CHANGED, AT + round, round).ticket("T-" + round, "north")
                .depot("D-1").put("stock", Stock.of(Map.of("fuse", round, "valve", 1))).put("moved", List.of("a", "b"))
                .put("count", round).put("done", round % 2 == 0).build();
            final String expected = builder.start(EventType.STOCK_CHANGED, AT + round, round).ticket("T-" + round, "north")
                .depot("D-1").put("stock", Stock.of(Map.of("fuse", round, "valve", 1))).put("moved", List.of("a", "b"))
                .put("count", round).put("done", round % 2 == 0).build().text();
            final CountDownLatch start = new CountDownLatch(1);
            final List<CompletableFuture<String>> readers = new ArrayList<>();
            for (int reader = 0; reader < 4; reader++)
            {
                readers.add(CompletableFuture.supplyAsync(() ->
                {
                    try
                    {
                        start.await();
                    }
                    catch (final InterruptedException ex)
                    {
                        Thread.currentThread().interrupt();
                    }
                    return new String(event.json(), StandardCharsets.UTF_8);
                }, threads));
            }
            start.countDown();
            for (final CompletableFuture<String> reader : readers)
            {
                assertThat(reader.get()).as("round %d", round).isEqualTo(expected);
            }
        }
    }
}
