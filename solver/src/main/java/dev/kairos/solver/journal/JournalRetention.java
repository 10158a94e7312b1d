package dev.kairos.solver.journal;

import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static dev.kairos.solver.journal.RecordFormat.HEADER_LENGTH;

/**
 * Deletes the journal's oldest files, whole Chronicle cycle files only, under two conditions that
 * must both hold: the file's cycle ended before a cut-off time (the retention period), and every
 * record in it comes before a floor position (the state some snapshot holds, which start, replay and
 * the push side carry forward from). The newest file is never deleted. Safe beside a running
 * engine: the appender only holds the newest file, and followers read at the end.
 */
public final class JournalRetention
{
    private static final Logger LOG = LoggerFactory.getLogger(JournalRetention.class);
    private static final String SUFFIX = ".cq4";

    private JournalRetention()
    {
    }

    /** Deletes what may go; returns the files deleted, oldest first. */
    public static List<Path> trim(final Path folder, final long floorPosition, final long before)
    {
        final List<Path> deleted = new ArrayList<>();
        try (SingleChronicleQueue queue = Journal.openQueue(folder); ExcerptTailer tailer = queue.createTailer())
        {
            final RollCycle roll = queue.rollCycle();
            final DateTimeFormatter names = DateTimeFormatter.ofPattern(roll.format()).withZone(ZoneOffset.UTC);
            final int last = queue.lastCycle();
            int cycle = queue.firstCycle();
            while (cycle >= 0 && cycle < last)
            {
                final int next = queue.nextCycle(cycle, TailerDirection.FORWARD);
                final long start = (long)cycle * roll.lengthInMillis() + queue.epoch();
                if (next < 0 || start + roll.lengthInMillis() > before || firstPositionOf(tailer, roll.toIndex(next, 0)) > floorPosition)
                {
                    break;
                }
                final Path file = folder.resolve(names.format(Instant.ofEpochMilli(start)) + SUFFIX);
                if (Files.deleteIfExists(file))
                {
                    deleted.add(file);
                }
                cycle = next;
            }
            if (!deleted.isEmpty())
            {
                queue.refreshDirectoryListing();
                LOG.info("journal retention: deleted {} file(s) before position {} ({} to {})", deleted.size(), floorPosition,
                    deleted.get(0).getFileName(), deleted.get(deleted.size() - 1).getFileName());
            }
            return deleted;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("journal retention in " + folder, ex);
        }
        catch (final ParseException ex)
        {
            throw new IllegalStateException("journal retention could not list the cycles in " + folder, ex);
        }
    }

    /** Our position of the record at a Chronicle index; {@code Long.MAX_VALUE} when there is none to read. */
    private static long firstPositionOf(final ExcerptTailer tailer, final long index)
    {
        if (!tailer.moveToIndex(index))
        {
            return Long.MAX_VALUE;
        }
        try (DocumentContext document = tailer.readingDocument())
        {
            return !document.isPresent() || document.wire().bytes().readRemaining() < HEADER_LENGTH ? Long.MAX_VALUE :
                document.wire().bytes().readLong(document.wire().bytes().readPosition());
        }
    }
}
