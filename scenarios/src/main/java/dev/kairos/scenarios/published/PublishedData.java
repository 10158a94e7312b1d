package dev.kairos.scenarios.published;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the published instances live: {@code ../shared/data} next to the project, never copied
 * into it, so every worktree and benchmark reads the same files. Knows the folder layout the
 * data README describes and nothing of the formats.
 *
 * @param directory the {@code data} folder holding {@code solomon/} and {@code trsp/}
 */
public record PublishedData(Path directory)
{
    /** System property Maven sets for test JVMs: the multi-module project directory. */
    public static final String ROOT_PROPERTY = "kairos.root";

    private static final String PILLAC_SUFFIX = ".100_25-5-5-5";

    /** The data next to the project named by the {@value #ROOT_PROPERTY} system property. */
    public static PublishedData fromSystemProperty()
    {
        final String root = System.getProperty(ROOT_PROPERTY);
        if (root == null || root.isBlank())
        {
            throw new IllegalStateException("system property " + ROOT_PROPERTY
                + " is not set: run through Maven, or pass -D" + ROOT_PROPERTY + "=<project directory>");
        }
        return nextTo(Path.of(root));
    }

    /** The data for the project in {@code projectRoot}: {@code projectRoot/../shared/data}. */
    public static PublishedData nextTo(final Path projectRoot)
    {
        return new PublishedData(projectRoot.toAbsolutePath().normalize().resolveSibling("shared").resolve("data"));
    }

    public Path solomonDirectory()
    {
        return directory.resolve("solomon");
    }

    /** {@code name} as in the file, e.g. {@code C101}. */
    public Path solomonFile(final String name)
    {
        return solomonDirectory().resolve(name + ".txt");
    }

    public Path solomonBestKnown()
    {
        return solomonDirectory().resolve("bks.csv");
    }

    /** The instance names (e.g. {@code C101}), sorted. */
    public List<String> solomonNames() throws IOException
    {
        return namesIn(solomonDirectory(), ".txt");
    }

    public Path pillacDirectory()
    {
        return directory.resolve("trsp").resolve("pillac-crew25");
    }

    /** {@code name} as the authors spell it, e.g. {@code C101.100_25-5-5-5}. */
    public Path pillacFile(final String name)
    {
        return pillacDirectory().resolve(name + ".txt");
    }

    /** The authors' name for the TRSP instance built on a Solomon one: {@code C101} gives {@code C101.100_25-5-5-5}. */
    public static String pillacName(final String solomonName)
    {
        return solomonName + PILLAC_SUFFIX;
    }

    /** The instance names as the authors spell them, sorted. */
    public List<String> pillacNames() throws IOException
    {
        return namesIn(pillacDirectory(), ".txt");
    }

    public Path pillacBest()
    {
        return directory.resolve("trsp").resolve("pillac-crew25-best.csv");
    }

    public Path pillacBestRoutes()
    {
        return directory.resolve("trsp").resolve("pillac-crew25-best-routes.sol");
    }

    public Path releaseDatesDirectory()
    {
        return directory.resolve("trsp").resolve("pillac-crew25-dyn");
    }

    private static List<String> namesIn(final Path folder, final String suffix) throws IOException
    {
        try (Stream<Path> files = Files.list(folder))
        {
            return files.map(file -> file.getFileName().toString())
                .filter(name -> name.endsWith(suffix))
                .map(name -> name.substring(0, name.length() - suffix.length()))
                .sorted()
                .toList();
        }
    }
}
