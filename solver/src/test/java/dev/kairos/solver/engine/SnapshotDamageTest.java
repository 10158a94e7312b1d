package dev.kairos.solver.engine;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.snapshot.SnapshotCodec;
import dev.kairos.solver.snapshot.SnapshotDamagedException;
import dev.kairos.solver.snapshot.SnapshotStore;
import dev.kairos.solver.state.StateDigest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A snapshot that fails a check is skipped for the next older one, and with none left start replays the whole journal. */
class SnapshotDamageTest
{
    private static final long SEED = 8;

    @TempDir
    Path folder;

    private final AtomicLong now = new AtomicLong(RandomCommands.START);
    private Path journal;
    private Path snapshots;
    private String digest;
    private List<Path> files;

    @BeforeEach
    void writeJournalAndSnapshots()
    {
        journal = folder.resolve("journal");
        snapshots = folder.resolve("snapshots");
        try (EngineHost host = EngineHost.start(SnapshotReplayTest.context(journal, now).snapshotFolder(snapshots).snapshotEvery(300)))
        {
            final MixedTraffic traffic = new MixedTraffic(SEED);
            for (int i = 0; i < 1_000; i++)
            {
                final Command command = traffic.next();
                now.set(Math.max(now.get(), command.at()));
                host.call(command);
            }
            digest = host.ask(StateDigest::of);
        }
        files = new SnapshotStore(snapshots).files();
        // At least one by count (the first never waits for another in flight) and the one at close.
        assertThat(files).as("seed %d: kept snapshots", SEED).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldSkipASnapshotWithAFlippedByte() throws IOException
    {
        flipByte(files.get(0), Files.size(files.get(0)) / 2);
        assertThatThrownBy(() -> SnapshotStore.load(files.get(0))).isInstanceOf(SnapshotDamagedException.class).hasMessage("CRC32C mismatch");
        assertStartsFrom(files.get(1));
    }

    @Test
    void shouldSkipATruncatedSnapshot() throws IOException
    {
        try (RandomAccessFile file = new RandomAccessFile(files.get(0).toFile(), "rw"))
        {
            file.setLength(file.length() - 10);
        }
        assertThatThrownBy(() -> SnapshotStore.load(files.get(0))).hasMessageContaining("truncated");
        assertStartsFrom(files.get(1));
    }

    @Test
    void shouldSkipASnapshotOfAnotherFormatVersion() throws IOException
    {
        try (RandomAccessFile file = new RandomAccessFile(files.get(0).toFile(), "rw"))
        {
            file.seek(4);
            file.writeInt(Integer.reverseBytes(SnapshotCodec.VERSION + 1));
        }
        assertThatThrownBy(() -> SnapshotStore.load(files.get(0))).hasMessageContaining("format version " + (SnapshotCodec.VERSION + 1));
        assertStartsFrom(files.get(1));
    }

    @Test
    void shouldSkipASnapshotAheadOfTheJournal() throws IOException
    {
        // The journal lost its last records (restored from an older backup): the newest snapshot is ahead of it.
        final Path shorter = folder.resolve("shorter");
        final long written;
        try (EngineHost host = EngineHost.start(SnapshotReplayTest.context(shorter, new AtomicLong(RandomCommands.START))))
        {
            final MixedTraffic traffic = new MixedTraffic(SEED);
            for (int i = 0; i < 10; i++)
            {
                host.call(traffic.next());
            }
            written = host.position();
        }
        try (EngineHost host = EngineHost.start(SnapshotReplayTest.context(shorter, now).snapshotFolder(snapshots)))
        {
            assertThat(host.started().snapshot()).isNull();
            assertThat(host.startPosition()).isEqualTo(written).isLessThan(SnapshotStore.positionOf(files.get(files.size() - 1)));
        }
    }

    @Test
    void shouldReplayTheWholeJournalWhenEverySnapshotIsDamaged() throws IOException
    {
        for (final Path file : files)
        {
            flipByte(file, SnapshotCodec.HEADER_LENGTH + 3);
        }
        try (EngineHost host = EngineHost.start(SnapshotReplayTest.context(journal, now).snapshotFolder(snapshots)))
        {
            assertThat(host.started().snapshot()).isNull();
            assertThat(host.startDigest()).isEqualTo(digest);
        }
    }

    private void assertStartsFrom(final Path expected)
    {
        try (EngineHost host = EngineHost.start(SnapshotReplayTest.context(journal, now).snapshotFolder(snapshots)))
        {
            assertThat(host.started().snapshot()).isEqualTo(expected);
            assertThat(host.started().replayed()).isPositive();
            assertThat(host.startDigest()).isEqualTo(digest);
        }
    }

    private static void flipByte(final Path path, final long offset) throws IOException
    {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw"))
        {
            file.seek(offset);
            final int b = file.read();
            file.seek(offset);
            file.write(b ^ 0x5A);
        }
    }
}
