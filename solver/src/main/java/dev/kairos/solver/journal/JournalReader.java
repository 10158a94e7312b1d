package dev.kairos.solver.journal;

import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import java.nio.file.Path;

/**
 * Follows a journal from its first record (or from a known record, {@link #openAfter}) with its own Chronicle queue instance and tailer, beside
 * the engine's appender (Chronicle allows readers next to the writer, in this process or another):
 * it never touches the writer, so reading cannot slow the engine. Each record is verified as replay
 * verifies it: checksum, dense positions, decodable payload. A record still being appended is
 * invisible until it is complete.
 * <p>
 * Single-threaded: Chronicle ties a tailer to the first thread that uses it, so {@link #poll} and
 * close from one thread (open it there too).
 */
public final class JournalReader implements AutoCloseable
{
    private final SingleChronicleQueue queue;
    private final ExcerptTailer tailer;
    private final FrameReader frames = new FrameReader();
    private long lastPosition;

    private JournalReader(final Path folder)
    {
        queue = Journal.openQueue(folder);
        tailer = queue.createTailer();
    }

    /** A reader positioned before the journal's first record. */
    public static JournalReader open(final Path folder)
    {
        return new JournalReader(folder);
    }

    /**
     * A reader positioned just after the sound record at {@code position} (found by its Chronicle
     * {@code index}, else by a scan): for a follower whose state is already there, a snapshot's.
     * Null, with nothing left open, when the journal holds no sound record at that position.
     */
    public static JournalReader openAfter(final Path folder, final long position, final long index)
    {
        final JournalReader reader = new JournalReader(folder);
        if (Seek.after(reader.tailer, reader.frames, position, index) < 0)
        {
            reader.close();
            return null;
        }
        reader.lastPosition = position;
        return reader;
    }

    /** Position of the journal's first record: 1, or later once retention has deleted old files; 0 when empty. */
    public static long firstPosition(final Path folder)
    {
        try (JournalReader reader = new JournalReader(folder))
        {
            return Seek.firstPosition(reader.tailer);
        }
    }

    /** Position of the last record handed over; 0 before the first. */
    public long lastPosition()
    {
        return lastPosition;
    }

    /**
     * Hands up to {@code limit} complete records to the handler, in order; returns how many (0 when
     * the reader is at the end for now). A record that fails its checks throws
     * {@link JournalDamagedException}: a follower must not guess past it. If the handler throws, the
     * record counts as read and the exception propagates.
     */
    public int poll(final RecordHandler handler, final int limit)
    {
        int read = 0;
        while (read < limit)
        {
            final long expected = lastPosition + 1;
            try (DocumentContext document = tailer.readingDocument())
            {
                if (!document.isPresent())
                {
                    return read;
                }
                final String problem = frames.read(document.wire().bytes(), expected);
                if (problem != null)
                {
                    throw new JournalDamagedException(expected, problem);
                }
                lastPosition = expected;
                read++;
                handler.onRecord(frames.command(), frames.effects(), frames.envelope(), expected);
            }
        }
        return read;
    }

    @Override
    public void close()
    {
        tailer.close();
        queue.close();
    }
}
