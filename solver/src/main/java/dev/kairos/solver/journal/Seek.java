package dev.kairos.solver.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static dev.kairos.solver.journal.RecordFormat.HEADER_LENGTH;

/** Positions a tailer by our record positions rather than Chronicle indices. Shared by the journal and its readers. */
final class Seek
{
    private static final Logger LOG = LoggerFactory.getLogger(Seek.class);

    private Seek()
    {
    }

    /**
     * Leaves the tailer just after the sound record at {@code position}, found by its Chronicle
     * {@code index} (when not negative) or else by a scan; returns that record's index, or -1 when
     * the journal holds no sound record there.
     */
    static long after(final ExcerptTailer tailer, final FrameReader frames, final long position, final long index)
    {
        if (index >= 0 && tailer.moveToIndex(index))
        {
            try (DocumentContext document = tailer.readingDocument())
            {
                if (document.isPresent() && frames.read(document.wire().bytes(), position) == null)
                {
                    return document.index();
                }
            }
            LOG.warn("journal: Chronicle index {} does not hold position {}; scanning for it", Long.toHexString(index), position);
        }
        tailer.toStart();
        while (true)
        {
            try (DocumentContext document = tailer.readingDocument())
            {
                if (!document.isPresent())
                {
                    return -1;
                }
                final Bytes<?> bytes = document.wire().bytes();
                if (bytes.readRemaining() < HEADER_LENGTH)
                {
                    continue;
                }
                final long found = bytes.readLong(bytes.readPosition());
                if (found == position)
                {
                    return frames.read(bytes, position) == null ? document.index() : -1;
                }
                if (found > position)
                {
                    return -1;
                }
            }
        }
    }

    /** The position of the first record (without verifying it), 0 for an empty journal; the tailer is left at the start. */
    static long firstPosition(final ExcerptTailer tailer)
    {
        tailer.toStart();
        try (DocumentContext document = tailer.readingDocument())
        {
            final long first = !document.isPresent() || document.wire().bytes().readRemaining() < HEADER_LENGTH ? 0 :
                document.wire().bytes().readLong(document.wire().bytes().readPosition());
            document.rollbackOnClose();
            return first;
        }
        finally
        {
            tailer.toStart();
        }
    }
}
