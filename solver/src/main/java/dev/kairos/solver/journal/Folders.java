package dev.kairos.solver.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Throwaway journal folders (a simulated day's, a benchmark's): gone with everything in them when the run is done. */
public final class Folders
{
    private Folders()
    {
    }

    /** Deletes {@code root} and everything under it; nothing when it does not exist. Only once no engine has it open. */
    public static void delete(final Path root)
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
        catch (final IOException ex)
        {
            throw new UncheckedIOException("could not delete " + root, ex);
        }
    }
}
