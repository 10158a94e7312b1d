package dev.kairos.solver.journal;

import dev.kairos.solver.wire.CommandCodec;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import java.nio.file.Path;

/**
 * Follows a journal from its first record with its own Chronicle queue instance and tailer, beside
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
                final CommandCodec.Decoded decoded = frames.decoded();
                handler.onRecord(decoded.command(), decoded.effects(), decoded.envelope(), expected);
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
