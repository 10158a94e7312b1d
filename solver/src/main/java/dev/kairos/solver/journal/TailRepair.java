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

    static void copyRecords(final Path from, final Path to, final long count)
    {
        try (SingleChronicleQueue source = Journal.openQueue(from);
            SingleChronicleQueue target = Journal.openQueue(to);
            ExcerptTailer tailer = source.createTailer();
            ExcerptAppender appender = target.createAppender())
        {
            final Bytes<?> copy = Bytes.allocateElasticOnHeap(1024);
            for (long i = 0; i < count; i++)
            {
                try (DocumentContext document = tailer.readingDocument())
                {
                    if (!document.isPresent())
                    {
                        throw new IllegalStateException("journal ended after " + i + " of " + count + " records");
                    }
                    copy.clear();
                    copy.write(document.wire().bytes());
                }
                try (DocumentContext document = appender.writingDocument())
                {
                    document.wire().bytes().write(copy);
                }
            }
        }
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
