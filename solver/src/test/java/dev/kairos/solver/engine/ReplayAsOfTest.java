package dev.kairos.solver.engine;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.journal.Journal;
import dev.kairos.solver.snapshot.SnapshotStore;
import dev.kairos.solver.state.StateDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Replay as of a moment starts from the newest snapshot taken by then, reaches what a full replay reaches, and writes nothing. */
class ReplayAsOfTest
{
    @TempDir
    Path folder;

    @Test
    void shouldUseTheNewestSnapshotNotAfterTheMoment() throws IOException
    {
        final AtomicLong now = new AtomicLong(RandomCommands.START);
        final Path journal = folder.resolve("journal");
        final SnapshotStore store = new SnapshotStore(folder.resolve("snapshots"));
        try (EngineHost host = EngineHost.start(SnapshotReplayTest.context(journal, now).snapshotFolder(store.folder())
            .snapshotEvery(250).snapshotsKept(20)))
        {
            final MixedTraffic traffic = new MixedTraffic(21);
            // Snapshots are written on their own thread, and one due while another is being written waits for it:
            // on a busy machine the first write (cold code) can outlast a fixed number of commands. So send until
            // two periodic snapshots are on disk, then a few more, so the one at close is a third.
            int sent = 0;
            while (store.files().size() < 2 && sent < 50_000)
            {
                send(host, traffic, now);
                sent++;
            }
            for (int i = 0; i < 50; i++)
            {
                send(host, traffic, now);
            }
        }
        final List<Path> snapshots = store.files();
        assertThat(snapshots).hasSizeGreaterThanOrEqualTo(3);
        // Two periodic snapshots, 250 records apart: the newest, taken at close, may follow the one before it
        // by a record or two, and a moment between those two then had nothing to replay past the older.
        final Path older = snapshots.get(2);
        final long olderTime = SnapshotStore.header(older).time();
        final long newerTime = SnapshotStore.header(snapshots.get(1)).time();
        assertThat(newerTime).as("the two periodic snapshots are apart in engine time").isGreaterThan(olderTime + 1);
        final long moment = olderTime + (newerTime - olderTime) / 2;
        final Map<String, Long> before = listing();

        final StartFromSnapshot.Started fromSnapshot;
        try (Journal read = Journal.openReadOnly(journal))
        {
            fromSnapshot = StartFromSnapshot.load(store, read, moment);
        }
        final StartFromSnapshot.Started full;
        try (Journal read = Journal.openReadOnly(journal))
        {
            full = StartFromSnapshot.load(new SnapshotStore(folder.resolve("none")), read, moment);
        }
        final StartFromSnapshot.Started beforeAny;
        try (Journal read = Journal.openReadOnly(journal))
        {
            beforeAny = StartFromSnapshot.load(store, read, RandomCommands.START + 1_000);
        }

        assertThat(fromSnapshot.snapshot()).isEqualTo(older);
        assertThat(full.snapshot()).isNull();
        assertThat(fromSnapshot.state().position()).isEqualTo(full.state().position()).isGreaterThan(SnapshotStore.positionOf(older));
        assertThat(StateDigest.of(fromSnapshot.state())).isEqualTo(StateDigest.of(full.state()));
        assertThat(beforeAny.snapshot()).as("every snapshot is after the moment").isNull();
        assertThat(listing()).as("replay wrote nothing").isEqualTo(before);
    }

    private static void send(final EngineHost host, final MixedTraffic traffic, final AtomicLong now)
    {
        final Command command = traffic.next();
        now.set(Math.max(now.get(), command.at()));
        host.call(command);
    }

    private Map<String, Long> listing() throws IOException
    {
        final Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder))
        {
            for (final Path file : walk.filter(Files::isRegularFile).toList())
            {
                files.put(folder.relativize(file).toString(), Files.size(file) ^ Files.getLastModifiedTime(file).toMillis());
            }
        }
        return files;
    }
}
