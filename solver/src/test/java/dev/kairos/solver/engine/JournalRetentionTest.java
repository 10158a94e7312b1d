package dev.kairos.solver.engine;

import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.PutWebhook;
import dev.kairos.solver.command.WebhookDelivered;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.journal.JournalReader;
import dev.kairos.solver.journal.JournalTrimmedException;
import dev.kairos.solver.snapshot.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static dev.kairos.solver.engine.StockFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Retention deletes whole journal days older than the period and behind the oldest snapshot kept,
 * waits for a webhook receiver that has not acknowledged, and leaves a journal that start carries
 * forward from a snapshot to exactly the state it had.
 */
class JournalRetentionTest
{
    private static final long DAY = 86_400_000L;
    private static final int DAYS = 6;

    @TempDir
    Path folder;
    private final AtomicLong now = new AtomicLong(T0);

    private EngineContext context()
    {
        return new EngineContext().journalFolder(folder.resolve("journal")).clock(() -> Instant.ofEpochMilli(now.get()))
            .snapshotFolder(folder.resolve("snapshots")).snapshotEvery(40).snapshotsKept(2).journalRetention(Duration.ofDays(2));
    }

    /** A week of tickets, one journal file a day; {@code between} runs at the start of each day. */
    private void runDays(final EngineHost host, final java.util.function.IntConsumer between)
    {
        host.call(new PutEngineer(now.get(), "E-1", StockFixture.engineer(new Location(51.5, -0.1), Map.of())));
        for (int day = 0; day < DAYS; day++)
        {
            now.set(T0 + day * DAY);
            between.accept(day);
            for (int i = 0; i < 50; i++)
            {
                host.call(new CreateTicket(now.get() + i, StockFixture.ticket(new Location(51.5 + i * 1e-3, -0.1), Map.of())));
            }
            awaitSnapshotOfTheDay(host);
        }
    }

    /** Snapshots are written off the engine thread, one at a time: wait for the day's, so each day ends with one. */
    private static void awaitSnapshotOfTheDay(final EngineHost host)
    {
        final long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (host.snapshots().last() == null || host.snapshots().last().position() < host.position() - 40)
        {
            assertThat(System.nanoTime()).as("the day's snapshot is written").isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }

    @Test
    void shouldDeleteOnlyOldDaysBehindTheOldestSnapshotAndStartExactlyFromIt() throws IOException
    {
        try (EngineHost host = EngineHost.start(context()))
        {
            runDays(host, day -> { });
        }
        final List<Path> snapshots = new SnapshotStore(folder.resolve("snapshots")).files();
        final Path oldest = snapshots.get(snapshots.size() - 1);
        final String closeDigest = SnapshotStore.header(snapshots.get(0)).digest();
        final long first = JournalReader.firstPosition(folder.resolve("journal"));
        assertThat(first).as("old days were deleted").isGreaterThan(1)
            .as("but nothing after the oldest snapshot").isLessThanOrEqualTo(SnapshotStore.positionOf(oldest));
        assertThat(journalFiles()).as("at least the two retained days and today remain").hasSizeGreaterThanOrEqualTo(3)
            .hasSizeLessThan(DAYS);

        for (final Path newer : snapshots.subList(0, snapshots.size() - 1))
        {
            Files.delete(newer);
        }
        try (EngineHost restarted = EngineHost.start(context()))
        {
            assertThat(restarted.started().snapshot()).isEqualTo(oldest);
            assertThat(restarted.startDigest()).as("oldest snapshot + the retained tail = the state at close").isEqualTo(closeDigest);
        }
        // That start wrote its own snapshot at close; with none at all, nothing can carry the trimmed journal forward.
        for (final Path left : new SnapshotStore(folder.resolve("snapshots")).files())
        {
            Files.delete(left);
        }
        assertThatThrownBy(() -> EngineHost.start(context()).close())
            .isInstanceOf(JournalTrimmedException.class)
            .hasMessageContaining("the journal starts at position " + first)
            .hasMessageContaining("no snapshot");
    }

    @Test
    void shouldKeepWhatAWebhookReceiverHasNotAcknowledged() throws IOException
    {
        final AtomicLong registered = new AtomicLong();
        try (EngineHost host = EngineHost.start(context()))
        {
            runDays(host, day ->
            {
                if (day == 0)
                {
                    registered.set(((Outcome.Applied)host.call(new PutWebhook(now.get(), "W-1", "http://127.0.0.1:9/hook",
                        List.of("ticket.*"), "s3cret"))).position());
                }
            });
            assertThat(journalFiles()).as("the receiver has acknowledged nothing since day 0").hasSize(DAYS);
            host.call(new WebhookDelivered(now.get(), "W-1", host.position()));
            for (int i = 0; i < 45; i++)
            {
                host.call(new CreateTicket(now.get() + 100 + i, StockFixture.ticket(new Location(51.6, -0.1), Map.of())));
            }
        }
        assertThat(registered.get()).isPositive();
        assertThat(journalFiles()).as("acknowledged: the old days go").hasSizeLessThan(DAYS);
    }

    private List<Path> journalFiles() throws IOException
    {
        try (Stream<Path> files = Files.list(folder.resolve("journal")))
        {
            return files.filter(f -> f.getFileName().toString().endsWith(".cq4")).sorted().toList();
        }
    }
}
