package dev.kairos.scenarios.published;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the dynamic variants in {@code pillac-crew25-dyn/}: per instance five files named
 * {@code <instance>_rd_<percent>.txt}, each a header naming the instance and its dynamic and
 * static counts, then {@code ID RD} rows (static requests first, so not in id order).
 */
public final class ReleaseDatesReader
{
    private static final Pattern TITLE =
        Pattern.compile("#\\s*Instance\\s+(\\S+)\\s+-\\s+(\\d+)\\s+dynamic requests\\s+-\\s+(\\d+)\\s+static requests");
    private static final Pattern FILE_NAME = Pattern.compile("(.+)_rd_(\\d+)\\.txt");

    private ReleaseDatesReader()
    {
    }

    /** The file for one variant, e.g. {@code (dir, "C101.100_25-5-5-5", 30)}. */
    public static Path file(final Path directory, final String instance, final int dynamicPercent)
    {
        return directory.resolve(instance + "_rd_" + dynamicPercent + ".txt");
    }

    /** Every variant of the instance found in the folder, by increasing dynamic share. */
    public static List<ReleaseDates> readVariants(final Path directory, final String instance) throws IOException
    {
        final List<Path> files;
        try (Stream<Path> listing = Files.list(directory))
        {
            files = listing.filter(path ->
                {
                    final Matcher name = FILE_NAME.matcher(path.getFileName().toString());
                    return name.matches() && name.group(1).equals(instance);
                })
                .toList();
        }
        final List<ReleaseDates> variants = new ArrayList<>();
        for (final Path path : files)
        {
            variants.add(read(path));
        }
        variants.sort((a, b) -> Integer.compare(a.dynamicPercent(), b.dynamicPercent()));
        return List.copyOf(variants);
    }

    public static ReleaseDates read(final Path file) throws IOException
    {
        final Matcher fileName = FILE_NAME.matcher(file.getFileName().toString());
        if (!fileName.matches())
        {
            throw new MalformedDataException(file.toString(), 0, "name does not end in _rd_<percent>.txt");
        }
        final TextLines text = TextLines.read(file);
        if (text.count() == 0)
        {
            throw new MalformedDataException(text.file(), 0, "empty file");
        }
        final Matcher title = TITLE.matcher(text.line(1).strip());
        if (!title.matches())
        {
            throw text.error(1, "expected '# Instance NAME - D dynamic requests - S static requests'");
        }
        final String instance = title.group(1);
        if (!instance.equals(fileName.group(1)))
        {
            throw text.error(1, "names instance " + instance + " but the file name says " + fileName.group(1));
        }
        final int dynamic = text.integer(1, title.group(2), "dynamic count");
        final int known = text.integer(1, title.group(3), "static count");

        final Map<Integer, Double> releases = new HashMap<>();
        int released = 0;
        for (int number = text.find(2, "ID") + 1; number <= text.count(); number++)
        {
            if (text.isBlank(number))
            {
                continue;
            }
            final String[] fields = text.tokens(number, 2, "ID RD");
            final int id = text.integer(number, fields[0], "ID");
            final double release = text.decimal(number, fields[1], "RD");
            if (release < 0 && release != ReleaseDates.KNOWN_AT_START)
            {
                throw text.error(number, "release date must be -1 or not negative");
            }
            if (releases.put(id, release) != null)
            {
                throw text.error(number, "request " + id + " listed twice");
            }
            released += release == ReleaseDates.KNOWN_AT_START ? 0 : 1;
        }
        if (released != dynamic || releases.size() - released != known)
        {
            throw new MalformedDataException(text.file(), 1, "header says " + dynamic + " dynamic and " + known
                + " static requests, rows give " + released + " and " + (releases.size() - released));
        }
        return new ReleaseDates(instance, percent(file, fileName.group(2)), releases);
    }

    private static int percent(final Path file, final String digits) throws MalformedDataException
    {
        final int percent;
        try
        {
            percent = Integer.parseInt(digits);
        }
        catch (final NumberFormatException e)
        {
            throw new MalformedDataException(file.toString(), 0, "percent in the name is out of range: " + digits);
        }
        if (percent > 100)
        {
            throw new MalformedDataException(file.toString(), 0, "percent in the name is above 100: " + digits);
        }
        return percent;
    }
}
