package dev.kairos.solver.snapshot;

import dev.kairos.solver.state.LiveState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of snapshot files named by their journal position ({@code snapshot-00000000000001000000.ksnap}),
 * written to a temporary name, forced to disk and renamed into place, so a crash leaves either no
 * file or a whole one. Writes from one thread at a time (the snapshot thread, or the engine thread at
 * shutdown once that one is idle); reads from any.
 */
public final class SnapshotStore
{
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);
    private static final Pattern NAME = Pattern.compile("snapshot-(\\d{20})\\.ksnap");

    /** A snapshot that loaded and passed every check. */
    public record Loaded(LiveState state, SnapshotCodec.Header header, Path file)
    {
    }

    private final Path folder;

    public SnapshotStore(final Path folder)
    {
        this.folder = folder;
    }

    public Path folder()
    {
        return folder;
    }

    public static String fileName(final long position)
    {
        return String.format("snapshot-%020d.ksnap", position);
    }

    /** Snapshot files, newest (highest position) first; empty when the folder does not exist. */
    public List<Path> files()
    {
        if (!Files.isDirectory(folder))
        {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder))
        {
            final List<Path> files = new ArrayList<>(listing.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).toList());
            files.sort(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed());
            return files;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("listing snapshots in " + folder, ex);
        }
    }

    /** The position a snapshot file's name carries. */
    public static long positionOf(final Path file)
    {
        final Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches())
        {
            throw new IllegalArgumentException("not a snapshot file name: " + file);
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Reads only a file's header (cheap): for choosing a snapshot before loading it. Throws when damaged. */
    public static SnapshotCodec.Header header(final Path file)
    {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ))
        {
            final ByteBuffer header = ByteBuffer.allocate(SnapshotCodec.HEADER_LENGTH);
            while (header.hasRemaining() && channel.read(header) >= 0)
            {
                // read until full or end of file; a short file fails the length check below
            }
            return SnapshotCodec.readHeader(header.array(), channel.size());
        }
        catch (final IOException ex)
        {
            throw new SnapshotDamagedException("unreadable (" + ex.getMessage() + ")");
        }
    }

    /** Loads one file with every check (header, CRC, decode, digest); throws {@link SnapshotDamagedException}. */
    public static Loaded load(final Path file)
    {
        final byte[] bytes;
        try
        {
            bytes = Files.readAllBytes(file);
        }
        catch (final IOException | OutOfMemoryError ex)
        {
            throw new SnapshotDamagedException("unreadable (" + ex + ")");
        }
        final SnapshotCodec.Header header = SnapshotCodec.readHeader(bytes, bytes.length);
        if (header.position() != positionOf(file))
        {
            throw new SnapshotDamagedException("header position " + header.position() + " but the name says " + positionOf(file));
        }
        SnapshotCodec.checkCrc(bytes, header.bodyLength());
        return new Loaded(SnapshotCodec.decode(bytes, header), header, file);
    }

    /** Logs why a file was skipped; start and replay call it for each snapshot they pass over. */
    public static void logSkipped(final Path file, final String why)
    {
        LOG.warn("snapshot {} skipped: {}", file, why);
    }

    /** Writes header and body under the position's name: temporary file, force, atomic rename, force the folder. */
    public Path write(final long position, final byte[] header, final byte[] body, final int bodyLength)
    {
        try
        {
            Files.createDirectories(folder);
            final Path target = folder.resolve(fileName(position));
            final Path temporary = folder.resolve(fileName(position) + ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING))
            {
                writeFully(channel, ByteBuffer.wrap(header));
                writeFully(channel, ByteBuffer.wrap(body, 0, bodyLength));
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ))
            {
                directory.force(true);
            }
            return target;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("writing the snapshot at position " + position + " in " + folder, ex);
        }
    }

    /** Deletes all but the newest {@code keep} snapshots, and temporary files a crash left behind. */
    public void prune(final int keep)
    {
        prune(keep, Long.MIN_VALUE);
    }

    /**
     * As {@link #prune(int)}, also keeping the newest snapshot at or before {@code protect}: the one
     * a webhook that has acknowledged only that far needs to resume from once older journal files go.
     */
    public void prune(final int keep, final long protect)
    {
        final List<Path> files = files();
        try
        {
            boolean protectedOne = false;
            for (int i = 0; i < files.size(); i++)
            {
                final boolean atOrBefore = positionOf(files.get(i)) <= protect;
                if (i >= keep && !(atOrBefore && !protectedOne))
                {
                    Files.deleteIfExists(files.get(i));
                }
                protectedOne |= atOrBefore;
            }
            try (Stream<Path> listing = Files.list(folder))
            {
                for (final Path leftover : listing.filter(f -> f.getFileName().toString().endsWith(".ksnap.tmp")).toList())
                {
                    Files.deleteIfExists(leftover);
                }
            }
        }
        catch (final IOException ex)
        {
            LOG.warn("pruning snapshots in {}: {}", folder, ex.toString());
        }
    }

    private static void writeFully(final FileChannel channel, final ByteBuffer buffer) throws IOException
    {
        while (buffer.hasRemaining())
        {
            channel.write(buffer);
        }
    }
}
