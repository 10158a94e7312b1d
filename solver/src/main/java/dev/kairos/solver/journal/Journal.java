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
    private final JournalSync sync;
    private final boolean readOnly;
    private final BinaryWriter writer = new BinaryWriter();
    private final RecordFormat format = new RecordFormat();
    private final FrameReader frames = new FrameReader();
    private SingleChronicleQueue queue;
    private ExcerptAppender appender;
    private java.lang.invoke.MethodHandle syncHandle;
    private long lastPosition;
    private long lastIndex = -1;
    private boolean replayed;
    private TailCut tailCut;
    private final JournalClock clock;

    private Journal(final Path folder, final JournalSync sync, final boolean readOnly)
    {
        this(folder, sync, readOnly, null);
    }

    private Journal(final Path folder, final JournalSync sync, final boolean readOnly, final java.time.InstantSource clock)
    {
        this.folder = folder;
        this.sync = sync;
        this.readOnly = readOnly;
        if (!readOnly)
        {
            TailRepair.finishInterruptedRepair(folder);
        }
        this.clock = clock == null ? null : new JournalClock(clock);
        this.queue = openQueue(folder, sync, readOnly, this.clock);
    }

    public static Journal open(final Path folder)
    {
        return open(folder, JournalSync.NONE);
    }

    public static Journal open(final Path folder, final JournalSync sync)
    {
        return new Journal(folder, sync, false);
    }

    /** As {@link #open(Path, JournalSync)}, its files rolling by {@code clock}'s days rather than the system's. */
    public static Journal open(final Path folder, final JournalSync sync, final java.time.InstantSource clock)
    {
        return new Journal(folder, sync, false, clock);
    }

    /**
     * For audits and what-ifs beside a running server: nothing is written, and a damaged last
     * record is reported (replay stops before it) instead of cut.
     */
    public static Journal openReadOnly(final Path folder)
    {
        return new Journal(folder, JournalSync.NONE, true);
    }

    static SingleChronicleQueue openQueue(final Path folder)
    {
        return openQueue(folder, JournalSync.NONE, false, null);
    }

    private static SingleChronicleQueue openQueue(final Path folder, final JournalSync sync, final boolean readOnly,
        final JournalClock clock)
    {
        final SingleChronicleQueueBuilder builder = SingleChronicleQueueBuilder.binary(folder).syncMode(sync.mode).readOnly(readOnly);
        if (clock == null)
        {
            return builder.build();
        }
        final SingleChronicleQueue queue = builder.timeProvider(clock).build();
        if (queue.lastCycle() >= 0)
        {
            clock.notBefore((long)queue.lastCycle() * queue.rollCycle().lengthInMillis() + builder.epoch());
        }
        return queue;
    }

    /** Position of the last record: 0 for an empty journal. */
    public long lastPosition()
    {
        return lastPosition;
    }

    /** Chronicle index of the last record (replayed or appended); -1 for an empty journal. For snapshots to seek by. */
    public long lastIndex()
    {
        return lastIndex;
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
        return replay(handler, Long.MAX_VALUE);
    }

    /**
     * As {@link #replay(RecordHandler)}, stopping before the first record whose engine time is after
     * {@code until}: the state as of that moment. Only for read-only journals (a writer must replay all).
     */
    public long replay(final RecordHandler handler, final long until)
    {
        if (until != Long.MAX_VALUE && !readOnly)
        {
            throw new IllegalStateException("a journal opened for writing replays to its end");
        }
        if (replayed)
        {
            throw new IllegalStateException("replay runs once, before the first append");
        }
        try (ExcerptTailer tailer = queue.createTailer())
        {
            final long first = Seek.firstPosition(tailer);
            if (first > 1)
            {
                throw new JournalTrimmedException(first);
            }
            replayed = true;
            return replayRest(tailer, handler, until);
        }
    }

    /**
     * As {@link #replay(RecordHandler, long)} for a state already at {@code position} (a snapshot's):
     * finds that record (by its Chronicle {@code index}, else by a scan), verifies it, and hands over
     * only the records after it. False, with nothing replayed and replay still to do, when the
     * journal has no sound record at that position: the snapshot is ahead of this journal.
     */
    public boolean replayAfter(final long position, final long index, final RecordHandler handler, final long until)
    {
        if (until != Long.MAX_VALUE && !readOnly)
        {
            throw new IllegalStateException("a journal opened for writing replays to its end");
        }
        if (replayed)
        {
            throw new IllegalStateException("replay runs once, before the first append");
        }
        try (ExcerptTailer tailer = queue.createTailer())
        {
            if (!seek(tailer, position, index))
            {
                return false;
            }
            replayed = true;
            lastPosition = position;
            replayRest(tailer, handler, until);
            return true;
        }
    }

    /** Leaves the tailer just after the sound record at {@code position}; false when there is none. */
    private boolean seek(final ExcerptTailer tailer, final long position, final long index)
    {
        final long found = Seek.after(tailer, frames, position, index);
        if (found >= 0)
        {
            lastIndex = found;
        }
        return found >= 0;
    }

    private long replayRest(final ExcerptTailer tailer, final RecordHandler handler, final long until)
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
                if (problem == null && frames.command().at() > until)
                {
                    break;
                }
                if (problem == null)
                {
                    handler.onRecord(frames.command(), frames.effects(), frames.envelope(), expected);
                    lastPosition = expected;
                    lastIndex = document.index();
                    continue;
                }
            }
            if (hasAnotherDocument(tailer))
            {
                throw new JournalDamagedException(expected, problem + ", and records follow it");
            }
            if (readOnly)
            {
                tailCut = new TailCut(expected, problem, null);
                LOG.warn("journal: the last record, at position {}, is damaged ({}); read-only, so left as it is",
                    expected, problem);
                break;
            }
            cutTail(expected, problem);
            break;
        }
        return lastPosition;
    }

    /**
     * Append a record and return its position. When this returns, the record is in the journal
     * (in the page cache: it survives a process crash; the sync policy decides about power loss).
     */
    public long append(final Command command, final Effects effects)
    {
        return append(command, effects, dev.kairos.solver.command.Envelope.NONE);
    }

    /** As {@link #append(Command, Effects)}, with who sent the command and its idempotency key. */
    public long append(final Command command, final Effects effects, final dev.kairos.solver.command.Envelope envelope)
    {
        if (!replayed || readOnly)
        {
            throw new IllegalStateException(readOnly ? "the journal was opened read-only" : "replay the journal before appending to it");
        }
        final long position = lastPosition + 1;
        writer.reset();
        writer.putLong(position);
        writer.putInt(0);
        writer.putInt(0);
        CommandCodec.encode(command, effects, envelope, writer);
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
        if (sync != JournalSync.NONE)
        {
            syncAppender();
        }
        lastPosition = position;
        lastIndex = appender.lastIndexAppended();
        return position;
    }

    /**
     * The queue's sync mode only says how to msync; the appender's {@code sync()} does it, up to what
     * was written. Its class is not public, hence the handle, looked up once.
     */
    private void syncAppender()
    {
        try
        {
            if (syncHandle == null)
            {
                final java.lang.reflect.Method method = appender.getClass().getMethod("sync");
                method.setAccessible(true);
                syncHandle = java.lang.invoke.MethodHandles.lookup().unreflect(method);
            }
            syncHandle.invoke(appender);
        }
        catch (final Throwable ex)
        {
            throw new IllegalStateException("could not sync the journal to disk", ex);
        }
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
        queue = openQueue(folder, sync, false, clock);
        tailCut = new TailCut(position, reason, damagedCopy);
        LOG.warn("journal: the last record, at position {}, is damaged ({}); cut it and resumed after position {}; "
            + "the damaged journal is kept at {}", position, reason, position - 1, damagedCopy);
    }
}
