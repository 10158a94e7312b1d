package dev.kairos.gateway.push;

import dev.kairos.gateway.http.LocationFormat;
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
 * said. Once retention has deleted the oldest files (at start or while the server runs), a reader
 * begins at a snapshot instead: the newest one that loads, whose record the journal still holds,
 * and that is not past the position the reader must render events after (a webhook's resume point,
 * a resume's position). Its state seeds the mapper and the webhooks. The last seed is kept for the
 * next reader while the journal still holds it. Any thread; a seed's state is only read.
 */
final class ReadFrom
{
    private static final Logger LOG = LoggerFactory.getLogger(ReadFrom.class);

    /** An opened reader, the mapper that knows what came before it, and the webhooks as they stood there. */
    record Start(JournalReader reader, EventMapper mapper, long position, Collection<WebhookState> webhooks)
    {
    }

    private record Seed(LiveState state, long position, long index)
    {
    }

    private final Path journalFolder;
    private final Path snapshotFolder;
    private final LocationFormat locations;
    private Seed cached;

    ReadFrom(final Path journalFolder, final Path snapshotFolder, final LocationFormat locations)
    {
        this.journalFolder = journalFolder;
        this.snapshotFolder = snapshotFolder;
        this.locations = locations;
    }

    /**
     * A reader that can render every event after {@code renderAfter}: opened on the calling thread
     * (Chronicle ties a tailer to it). Throws {@link IllegalStateException} with a short reason when
     * the records after that position are no longer in the journal.
     */
    Start open(final long renderAfter)
    {
        final long first = JournalReader.firstPosition(journalFolder);
        if (first <= 1)
        {
            return new Start(JournalReader.open(journalFolder), new EventMapper(locations), 0, List.of());
        }
        final Seed seed = seed(first, renderAfter);
        final JournalReader reader = JournalReader.openAfter(journalFolder, seed.position(), seed.index());
        if (reader == null)
        {
            throw new IllegalStateException("position " + seed.position() + " left the journal while opening it");
        }
        return new Start(reader, EventMapper.seeded(seed.state(), locations), seed.position(), seed.state().webhooks().all());
    }

    private synchronized Seed seed(final long first, final long renderAfter)
    {
        if (cached != null && cached.position() >= first && cached.position() <= renderAfter)
        {
            return cached;
        }
        final List<Path> files = snapshotFolder == null ? List.of() : new SnapshotStore(snapshotFolder).files();
        for (final Path file : files)
        {
            try
            {
                final long position = SnapshotStore.header(file).position();
                if (position < first || position > renderAfter)
                {
                    continue;
                }
                final SnapshotStore.Loaded loaded = SnapshotStore.load(file);
                try (JournalReader probe = JournalReader.openAfter(journalFolder, position, loaded.header().chronicleIndex()))
                {
                    if (probe != null)
                    {
                        LOG.info("push side reads from snapshot {}: the journal starts at position {}", file, first);
                        cached = new Seed(loaded.state(), position, loaded.header().chronicleIndex());
                        return cached;
                    }
                }
            }
            catch (final SnapshotDamagedException ex)
            {
                SnapshotStore.logSkipped(file, ex.getMessage());
            }
        }
        // Short: it travels in a WebSocket close reason (at most 123 bytes) and a webhook's lastError.
        throw new IllegalStateException("position " + renderAfter + " precedes the retained journal (from " + (first - 1) + ")");
    }
}
