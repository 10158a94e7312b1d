package dev.kairos.solver.journal;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.wire.BinaryWriter;
import dev.kairos.solver.wire.CommandCodec;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

import static dev.kairos.solver.journal.RecordFormat.*;

/**
 * The engine's journal on Chronicle Queue. A record is acknowledged once {@link #append} returns:
 * Chronicle writes the document's length header on close, so a crash mid-append leaves nothing a
 * reader can see, and the next append overwrites it.
 * <p>
 * Open with {@link #open}, {@link #replay} once, then append. All calls from one thread at a time:
 * replay from the thread that starts the engine, append and close from the engine thread.
 */
public final class Journal implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    private final Path folder;
    private final BinaryWriter writer = new BinaryWriter();
    private final RecordFormat format = new RecordFormat();
    private final FrameReader frames = new FrameReader();
    private SingleChronicleQueue queue;
    private ExcerptAppender appender;
    private long lastPosition;
    private boolean replayed;
    private TailCut tailCut;

    private Journal(final Path folder)
    {
        this.folder = folder;
        TailRepair.finishInterruptedRepair(folder);
        this.queue = openQueue(folder);
    }

    public static Journal open(final Path folder)
    {
        return new Journal(folder);
    }

    static SingleChronicleQueue openQueue(final Path folder)
    {
        return SingleChronicleQueueBuilder.binary(folder).build();
    }

    /** Position of the last record: 0 for an empty journal. */
    public long lastPosition()
    {
        return lastPosition;
    }

    /** The damaged last record that opening cut, or null when the tail was sound. */
    public TailCut tailCut()
    {
        return tailCut;
    }

    /**
     * Hand every record to the handler in order and verify each: our checksum, our position
     * sequence, a payload we can decode. A bad record with nothing after it is a damaged tail: it
     * is cut (the damaged folder is kept beside the journal) and reported. A bad record with records
     * after it throws {@link JournalDamagedException}: silently skipping it would change history.
     *
     * @return the position of the last record.
     */
    public long replay(final RecordHandler handler)
    {
        if (replayed)
        {
            throw new IllegalStateException("replay runs once, before the first append");
        }
        replayed = true;
        try (ExcerptTailer tailer = queue.createTailer())
        {
            while (true)
            {
                final long expected = lastPosition + 1;
                final String problem;
                try (DocumentContext document = tailer.readingDocument())
                {
                    if (!document.isPresent())
                    {
                        break;
                    }
                    problem = frames.read(document.wire().bytes(), expected);
                    if (problem == null)
                    {
                        final CommandCodec.Decoded decoded = frames.decoded();
                        handler.onRecord(decoded.command(), decoded.effects(), expected);
                        lastPosition = expected;
                        continue;
                    }
                }
                if (hasAnotherDocument(tailer))
                {
                    throw new JournalDamagedException(expected, problem + ", and records follow it");
                }
                cutTail(expected, problem);
                break;
            }
        }
        return lastPosition;
    }

    /**
     * Append a record and return its position. When this returns, the record is in the journal
     * (in the page cache: it survives a process crash; the sync policy decides about power loss).
     */
    public long append(final Command command, final Effects effects)
    {
        if (!replayed)
        {
            throw new IllegalStateException("replay the journal before appending to it");
        }
        final long position = lastPosition + 1;
        writer.reset();
        writer.putLong(position);
        writer.putInt(0);
        writer.putInt(0);
        CommandCodec.encode(command, effects, writer);
        final int frameLength = writer.length();
        writer.putIntAt(LENGTH_OFFSET, frameLength - HEADER_LENGTH);
        writer.putIntAt(CRC_OFFSET, format.checksum(writer.array(), frameLength));
        if (appender == null)
        {
            appender = queue.createAppender();
        }
        try (DocumentContext document = appender.writingDocument())
        {
            try
            {
                document.wire().bytes().write(writer.array(), 0, frameLength);
            }
            catch (final RuntimeException ex)
            {
                document.rollbackOnClose();
                throw ex;
            }
        }
        lastPosition = position;
        return position;
    }

    @Override
    public void close()
    {
        if (appender != null)
        {
            appender.close();
            appender = null;
        }
        queue.close();
    }

    private static boolean hasAnotherDocument(final ExcerptTailer tailer)
    {
        try (DocumentContext document = tailer.readingDocument())
        {
            return document.isPresent();
        }
    }

    private void cutTail(final long position, final String reason)
    {
        queue.close();
        final Path damagedCopy = TailRepair.cut(folder, position - 1, position);
        queue = openQueue(folder);
        tailCut = new TailCut(position, reason, damagedCopy);
        LOG.warn("journal: the last record, at position {}, is damaged ({}); cut it and resumed after position {}; "
            + "the damaged journal is kept at {}", position, reason, position - 1, damagedCopy);
    }
}
