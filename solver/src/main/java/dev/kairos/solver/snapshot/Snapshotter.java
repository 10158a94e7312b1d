package dev.kairos.solver.snapshot;

import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.StateDigest;
import dev.kairos.solver.wire.BinaryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Decides when the engine snapshots and does the slow part elsewhere. Due after {@code every}
 * commands or {@code interval} of clock time with at least one command, and at close. The engine
 * thread only captures a {@link SnapshotImage} (references to immutable records); the snapshot
 * thread encodes it, decodes it back to compute the digest it puts in the header (so every file
 * written has been read once), writes, forces and renames it, and prunes old files. One snapshot is
 * in flight at a time; one falling due meanwhile waits for the next check.
 * <p>
 * {@link #commandApplied}, {@link #poll} and {@link #close} on the engine thread; {@link #last} any thread.
 */
public final class Snapshotter implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(Snapshotter.class);

    /** What the last snapshot cost: the engine's pause to capture it, the snapshot thread's time, its size. */
    public record Stats(long position, long pauseNanos, long writeNanos, long bytes, Path file)
    {
    }

    private final SnapshotStore store;
    private final long every;
    private final long intervalMillis;
    private final int keep;
    private final InstantSource clock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r ->
    {
        final Thread t = new Thread(r, "kairos-snapshot");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean writing = new AtomicBoolean();
    private final BinaryWriter body = new BinaryWriter();
    private long commandsSince;
    private long lastAt;
    private long lastPosition;
    private volatile Stats last;
    private Path journalFolder;
    private long retainMillis;

    /**
     * @param every    commands between snapshots; 0 for none by count
     * @param interval milliseconds between snapshots while commands arrive; 0 for none by time
     * @param keep     snapshot files kept, newest first (at least 1)
     */
    public Snapshotter(final SnapshotStore store, final long every, final long interval, final int keep,
        final InstantSource clock)
    {
        this.store = store;
        this.every = every;
        this.intervalMillis = interval;
        this.keep = keep;
        this.clock = clock;
        this.lastAt = clock.millis();
        final java.util.List<Path> files = store.files();
        this.lastPosition = files.isEmpty() ? 0 : SnapshotStore.positionOf(files.get(0));
    }

    /** After each snapshot, delete journal files older than {@code retain} that no kept snapshot or webhook needs; zero keeps all. */
    public Snapshotter retainJournal(final Path journalFolder, final java.time.Duration retain)
    {
        this.journalFolder = journalFolder;
        this.retainMillis = retain.toMillis();
        return this;
    }

    public SnapshotStore store()
    {
        return store;
    }

    /** Engine thread: a command was journaled and applied. */
    public void commandApplied()
    {
        commandsSince++;
    }

    /** Engine thread, between duty cycles (after replies): takes a snapshot if one is due and none is in flight. */
    public void poll(final LiveState state, final long chronicleIndex)
    {
        if (commandsSince == 0 || writing.get())
        {
            return;
        }
        final boolean byCount = every > 0 && commandsSince >= every;
        final boolean byTime = intervalMillis > 0 && clock.millis() - lastAt >= intervalMillis;
        if (!byCount && !byTime)
        {
            return;
        }
        final long started = System.nanoTime();
        final SnapshotImage image = SnapshotImage.capture(state, chronicleIndex);
        final long pause = System.nanoTime() - started;
        begin(image);
        thread.execute(() -> write(image, pause));
    }

    /** The last snapshot written, or null. Any thread. */
    public Stats last()
    {
        return last;
    }

    /**
     * Engine thread, once the inbox is drained: waits for a snapshot in flight, then writes the final
     * state here unless the last snapshot already holds it.
     */
    public void close(final LiveState state, final long chronicleIndex)
    {
        thread.shutdown();
        try
        {
            if (!thread.awaitTermination(5, TimeUnit.MINUTES))
            {
                LOG.warn("snapshot thread still busy at close; the final snapshot is skipped");
                return;
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            return;
        }
        if (state.position() > 0 && state.position() != lastPosition)
        {
            final long started = System.nanoTime();
            final SnapshotImage image = SnapshotImage.capture(state, chronicleIndex);
            begin(image);
            write(image, System.nanoTime() - started);
        }
    }

    @Override
    public void close()
    {
        thread.shutdownNow();
    }

    /**
     * The floor is the oldest snapshot kept, so start (and replay-as-of) can still carry forward from
     * any snapshot on disk; and it waits for the slowest webhook receiver, whose resume point the
     * push side must still find in the journal.
     */
    private void trimJournal(final SnapshotImage image)
    {
        if (retainMillis <= 0)
        {
            return;
        }
        final java.util.List<Path> kept = store.files();
        final long oldest = SnapshotStore.positionOf(kept.get(kept.size() - 1));
        final long slowest = slowestWebhook(image);
        if (oldest > slowest)
        {
            LOG.info("journal retention waits: a webhook receiver resumes after position {}, before the oldest snapshot at {}",
                slowest, oldest);
            return;
        }
        try
        {
            dev.kairos.solver.journal.JournalRetention.trim(journalFolder, oldest, clock.millis() - retainMillis);
        }
        catch (final RuntimeException ex)
        {
            // The snapshot is written; old files stay until the next one tries again.
            LOG.warn("journal retention after the snapshot at position {} failed: {}", image.position(), ex.toString());
        }
    }

    /** The lowest position some webhook receiver still needs delivered after; {@code Long.MAX_VALUE} with none. */
    private static long slowestWebhook(final SnapshotImage image)
    {
        long slowest = Long.MAX_VALUE;
        for (final dev.kairos.solver.state.WebhookState webhook : image.webhooks())
        {
            slowest = Math.min(slowest, webhook.resumeAfter());
        }
        return slowest;
    }

    private void begin(final SnapshotImage image)
    {
        writing.set(true);
        commandsSince = 0;
        lastAt = clock.millis();
        lastPosition = image.position();
    }

    private void write(final SnapshotImage image, final long pauseNanos)
    {
        final long started = System.nanoTime();
        try
        {
            body.reset();
            SnapshotCodec.encodeBody(image, body);
            final String digest = StateDigest.of(SnapshotCodec.decodeBody(body.array(), 0, body.length()));
            final byte[] header = SnapshotCodec.header(image, digest, body.array(), body.length());
            final Path file = store.write(image.position(), header, body.array(), body.length());
            store.prune(keep, retainMillis > 0 ? slowestWebhook(image) : Long.MIN_VALUE);
            trimJournal(image);
            final long took = System.nanoTime() - started;
            last = new Stats(image.position(), pauseNanos, took, (long)header.length + body.length(), file);
            LOG.info("snapshot at position {}: engine paused {} ms to capture it, written in {} ms, {} bytes, digest {}",
                image.position(), pauseNanos / 1_000_000.0, took / 1_000_000, header.length + body.length(), digest);
        }
        catch (final RuntimeException | OutOfMemoryError ex)
        {
            // A failed snapshot costs start time, never data: the journal still holds everything.
            LOG.error("snapshot at position {} failed", image.position(), ex);
        }
        finally
        {
            writing.set(false);
        }
    }
}
