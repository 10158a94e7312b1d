package dev.kairos.gateway.push;

import dev.kairos.solver.journal.JournalReader;
import dev.kairos.solver.snapshot.SnapshotDamagedException;
import dev.kairos.solver.snapshot.SnapshotStore;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.WebhookState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Where the push side's readers (the tail, each webhook, catch-up scans) begin. A whole journal is
 * read from its first record with an empty mapper, since events depend on what earlier records
 * said. Once retention has deleted the oldest files, they begin at a snapshot instead: the oldest
 * that loads and whose record the journal still holds (retention keeps that one's, and what every
 * webhook still has to deliver after it). Its state seeds each mapper and the webhooks, and is kept
 * for readers that start later. Immutable once built; the state is only read, from any thread.
 */
final class ReadFrom
{
    private static final Logger LOG = LoggerFactory.getLogger(ReadFrom.class);

    private final Path journalFolder;
    private final LiveState state;
    private final long position;
    private final long index;
    private final dev.kairos.gateway.http.LocationFormat locations;

    private ReadFrom(final Path journalFolder, final LiveState state, final long position, final long index,
        final dev.kairos.gateway.http.LocationFormat locations)
    {
        this.locations = locations;
        this.journalFolder = journalFolder;
        this.state = state;
        this.position = position;
        this.index = index;
    }

    /** {@code snapshotFolder} may be null when the journal is whole. */
    static ReadFrom of(final Path journalFolder, final Path snapshotFolder, final dev.kairos.gateway.http.LocationFormat locations)
    {
        final long first = JournalReader.firstPosition(journalFolder);
        if (first <= 1)
        {
            return new ReadFrom(journalFolder, null, 0, -1, locations);
        }
        final List<Path> files = snapshotFolder == null ? List.of() : new SnapshotStore(snapshotFolder).files().reversed();
        for (final Path file : files)
        {
            try
            {
                if (SnapshotStore.header(file).position() < first)
                {
                    continue;
                }
                final SnapshotStore.Loaded loaded = SnapshotStore.load(file);
                try (JournalReader reader = JournalReader.openAfter(journalFolder, loaded.header().position(),
                    loaded.header().chronicleIndex()))
                {
                    if (reader != null)
                    {
                        LOG.info("event stream and webhooks start from snapshot {}: the journal starts at position {}", file, first);
                        return new ReadFrom(journalFolder, loaded.state(), loaded.header().position(), loaded.header().chronicleIndex(),
                            locations);
                    }
                }
            }
            catch (final SnapshotDamagedException ex)
            {
                SnapshotStore.logSkipped(file, ex.getMessage());
            }
        }
        throw new IllegalStateException("the journal starts at position " + first + " (older files were deleted by retention) "
            + "and no snapshot in " + snapshotFolder + " can carry the event stream forward from it");
    }

    /** A reader at the start: before the first record, or just after the snapshot's. */
    JournalReader open()
    {
        if (state == null)
        {
            return JournalReader.open(journalFolder);
        }
        final JournalReader reader = JournalReader.openAfter(journalFolder, position, index);
        if (reader == null)
        {
            throw new IllegalStateException("the journal no longer holds position " + position + ", where the push side starts");
        }
        return reader;
    }

    /** A mapper that knows what the records before the start said. */
    EventMapper mapper()
    {
        return state == null ? new EventMapper(locations) : EventMapper.seeded(state, locations);
    }

    /** The last position before the start: 0 for a whole journal. Events at or before it cannot be rendered. */
    long position()
    {
        return position;
    }

    /** The webhooks as they stood at the start. */
    Collection<WebhookState> webhooks()
    {
        return state == null ? List.of() : state.webhooks().all();
    }
}
