package dev.kairos.solver.engine;

import dev.kairos.solver.journal.Journal;
import dev.kairos.solver.snapshot.SnapshotCodec;
import dev.kairos.solver.snapshot.SnapshotDamagedException;
import dev.kairos.solver.snapshot.SnapshotStore;
import dev.kairos.solver.state.LiveState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * The start sequence with snapshots: the newest snapshot that passes every check and whose last
 * record the journal still holds, then the journal after it; a snapshot that fails is logged and
 * the next older one tried, and with none left the whole journal is replayed. Shared by the engine's
 * start and the read-only {@code replay} command. The starting thread only.
 */
public final class StartFromSnapshot
{
    private static final Logger LOG = LoggerFactory.getLogger(StartFromSnapshot.class);

    /** The rebuilt state, and the snapshot it started from (null for a full replay). */
    public record Started(LiveState state, Path snapshot, long snapshotPosition, long replayed)
    {
    }

    private StartFromSnapshot()
    {
    }

    /**
     * Loads state as of {@code until} (engine time; {@code Long.MAX_VALUE} for the journal's end): only
     * a snapshot whose engine time is not after {@code until} can serve, since every record it holds
     * then comes before the first record replay would stop at.
     */
    public static Started load(final SnapshotStore store, final Journal journal, final long until)
    {
        for (final Path file : store.files())
        {
            final SnapshotStore.Loaded loaded;
            try
            {
                final SnapshotCodec.Header header = SnapshotStore.header(file);
                if (header.time() > until)
                {
                    continue;
                }
                loaded = SnapshotStore.load(file);
            }
            catch (final SnapshotDamagedException ex)
            {
                SnapshotStore.logSkipped(file, ex.getMessage());
                continue;
            }
            final LiveState state = loaded.state();
            final long from = state.position();
            if (journal.replayAfter(from, loaded.header().chronicleIndex(), dev.kairos.solver.journal.RecordHandler.applying(state), until))
            {
                LOG.info("started from snapshot {} at position {}, replayed {} records after it", file, from,
                    state.position() - from);
                return new Started(state, file, from, state.position() - from);
            }
            SnapshotStore.logSkipped(file, "the journal has no sound record at its position " + from);
        }
        final LiveState state = new LiveState();
        try
        {
            journal.replay(dev.kairos.solver.journal.RecordHandler.applying(state), until);
        }
        catch (final dev.kairos.solver.journal.JournalTrimmedException ex)
        {
            throw new dev.kairos.solver.journal.JournalTrimmedException(ex, until == Long.MAX_VALUE ?
                "and no snapshot in " + store.folder() + " loads at or after it" :
                "and no snapshot in " + store.folder() + " at or before " + java.time.Instant.ofEpochMilli(until)
                    + " loads at or after it: the moments before the retained journal can no longer be rebuilt");
        }
        return new Started(state, null, 0, state.position());
    }
}
