package dev.kairos.benchmarks.plan;

import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.StartFromSnapshot;
import dev.kairos.solver.journal.Journal;
import dev.kairos.solver.snapshot.SnapshotStore;
import dev.kairos.solver.snapshot.Snapshotter;
import dev.kairos.solver.state.StateDigest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The snapshot half of {@code bench replay}: what each snapshot cost the writing engine (its pause
 * to capture, the snapshot thread's time, the file's size), then the start sequence (load the
 * newest sound snapshot, replay the journal after it) from the snapshot taken at close (no tail)
 * and from the one before it (a tail of up to --snapshot-every records), each checked against the
 * digest the engine had. One thread.
 */
final class SnapshotStart
{
    private SnapshotStart()
    {
    }

    /** Collects each snapshot's figures while the engine writes: polled from the writing loop's thread. */
    static final class Written
    {
        private final List<Snapshotter.Stats> stats = new ArrayList<>();
        private Snapshotter snapshotter;

        void watch(final EngineHost engine)
        {
            snapshotter = engine.snapshots();
        }

        /** Records the snapshot written last, once: often enough that none is missed (one is in flight at a time). */
        void poll()
        {
            final Snapshotter.Stats last = snapshotter == null ? null : snapshotter.last();
            if (last != null && (stats.isEmpty() || stats.get(stats.size() - 1).position() != last.position()))
            {
                stats.add(last);
            }
        }
    }

    static void measure(final Path journal, final Path snapshots, final String digest, final Written written) throws IOException
    {
        for (final Snapshotter.Stats stats : written.stats)
        {
            System.out.printf("snapshot at %,d: engine paused %.1f ms to capture it; encoded, verified and written in %.2f s; %,d bytes%n",
                stats.position(), stats.pauseNanos() / 1e6, stats.writeNanos() / 1e9, stats.bytes());
        }
        final SnapshotStore store = new SnapshotStore(snapshots);
        final List<Path> files = store.files();
        System.out.printf("%d snapshots kept: %s%n", files.size(), files.stream().map(f -> f.getFileName().toString()).toList());
        for (int run = 1; run <= 2; run++)
        {
            start("start from the newest snapshot", journal, store, digest);
        }
        if (files.size() > 1)
        {
            // Only the older ones left: start now replays the tail after the one before the last.
            final Path aside = Files.move(files.get(0), files.get(0).resolveSibling(files.get(0).getFileName() + ".aside"));
            for (int run = 1; run <= 2; run++)
            {
                start("start from the snapshot before it", journal, store, digest);
            }
            Files.move(aside, files.get(0));
        }
    }

    private static void start(final String what, final Path journal, final SnapshotStore store, final String digest)
    {
        final long started = System.nanoTime();
        final StartFromSnapshot.Started from;
        try (Journal opened = Journal.open(journal))
        {
            from = StartFromSnapshot.load(store, opened, Long.MAX_VALUE);
        }
        final double seconds = (System.nanoTime() - started) / 1e9;
        final boolean same = StateDigest.of(from.state()).equals(digest);
        System.out.printf("%s: %s at %,d + %,d journal records in %.2f s, digest %s%n", what,
            from.snapshot() == null ? "no snapshot" : from.snapshot().getFileName(), from.snapshotPosition(), from.replayed(),
            seconds, same ? "matches" : "DIFFERS");
    }
}
