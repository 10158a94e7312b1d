package dev.kairos.solver.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Cuts a damaged last record by rebuilding the queue without it; Chronicle has no truncate. The
 * steps are ordered so a crash at any point leaves either the old journal or the rebuilt one in
 * place, never neither: build in {@code <journal>.rebuilding}, rename it {@code .rebuilt} when
 * complete, move the damaged journal aside, move the rebuilt one in.
 */
final class TailRepair
{
    private TailRepair()
    {
    }

    /** Keeps the first {@code keep} records; returns where the damaged journal now lives. */
    static Path cut(final Path folder, final long keep, final long damagedPosition)
    {
        final Path rebuilding = sibling(folder, ".rebuilding");
        final Path rebuilt = sibling(folder, ".rebuilt");
        try
        {
            deleteTree(rebuilding);
            copyRecords(folder, rebuilding, keep);
            Files.move(rebuilding, rebuilt, StandardCopyOption.ATOMIC_MOVE);
            final Path damaged = freeName(folder, ".damaged-at-" + damagedPosition);
            Files.move(folder, damaged, StandardCopyOption.ATOMIC_MOVE);
            Files.move(rebuilt, folder, StandardCopyOption.ATOMIC_MOVE);
            return damaged;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cutting the journal's damaged tail in " + folder, ex);
        }
    }

    /** Completes a cut that a crash interrupted. */
    static void finishInterruptedRepair(final Path folder)
    {
        final Path rebuilding = sibling(folder, ".rebuilding");
        final Path rebuilt = sibling(folder, ".rebuilt");
        try
        {
            deleteTree(rebuilding);
            if (Files.isDirectory(rebuilt))
            {
                if (Files.exists(folder))
                {
                    Files.move(folder, freeName(folder, ".damaged"), StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(rebuilt, folder, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("finishing an interrupted journal repair in " + folder, ex);
        }
    }

    /**
     * Copies the records up to position {@code keep} (the journal may start after position 1 once
     * retention has trimmed it), each into the file of the day it came from, so retention can still
     * delete old days of a repaired journal.
     */
    static void copyRecords(final Path from, final Path to, final long keep)
    {
        final long[] cycleStart = new long[1];
        try (SingleChronicleQueue source = Journal.openQueue(from);
            SingleChronicleQueue target = net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder.binary(to)
                .timeProvider(() -> cycleStart[0]).build();
            ExcerptTailer tailer = source.createTailer();
            ExcerptAppender appender = target.createAppender())
        {
            final Bytes<?> copy = Bytes.allocateElasticOnHeap(1024);
            final long length = source.rollCycle().lengthInMillis();
            while (true)
            {
                try (DocumentContext document = tailer.readingDocument())
                {
                    if (!document.isPresent())
                    {
                        throw new IllegalStateException("journal ended before position " + keep);
                    }
                    final Bytes<?> bytes = document.wire().bytes();
                    if (bytes.readRemaining() >= RecordFormat.HEADER_LENGTH && bytes.readLong(bytes.readPosition()) > keep)
                    {
                        document.rollbackOnClose();
                        return;
                    }
                    cycleStart[0] = (long)tailer.cycle() * length + source.epoch();
                    copy.clear();
                    copy.write(bytes);
                }
                try (DocumentContext document = appender.writingDocument())
                {
                    document.wire().bytes().write(copy);
                }
                if (lastPosition(copy) == keep)
                {
                    return;
                }
            }
        }
    }

    private static long lastPosition(final Bytes<?> frame)
    {
        return frame.readLong(0);
    }

    private static Path sibling(final Path folder, final String suffix)
    {
        return folder.resolveSibling(folder.getFileName() + suffix);
    }

    private static Path freeName(final Path folder, final String suffix)
    {
        Path candidate = sibling(folder, suffix);
        for (int i = 2; Files.exists(candidate); i++)
        {
            candidate = sibling(folder, suffix + "-" + i);
        }
        return candidate;
    }

    private static void deleteTree(final Path root) throws IOException
    {
        if (!Files.exists(root))
        {
            return;
        }
        try (Stream<Path> paths = Files.walk(root))
        {
            for (final Path path : paths.sorted(Comparator.reverseOrder()).toList())
            {
                Files.delete(path);
            }
        }
    }
}
