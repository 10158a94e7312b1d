package dev.kairos.scenarios.published;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A text file held as lines, with the parsing every reader needs; each failure names the file
 * and the 1-based line. CRLF and LF files read the same.
 */
final class TextLines
{
    private static final int SHOWN = 100;

    private final String file;
    private final List<String> lines;

    private TextLines(final String file, final List<String> lines)
    {
        this.file = file;
        this.lines = lines;
    }

    static TextLines read(final Path path) throws IOException
    {
        try
        {
            return new TextLines(path.toString(), Files.readAllLines(path, StandardCharsets.UTF_8));
        }
        catch (final CharacterCodingException e)
        {
            throw new MalformedDataException(path.toString(), 0, "not UTF-8 text");
        }
    }

    String file()
    {
        return file;
    }

    int count()
    {
        return lines.size();
    }

    /** The line, 1-based, as read (line ends removed). */
    String line(final int number)
    {
        return lines.get(number - 1);
    }

    boolean isBlank(final int number)
    {
        return line(number).isBlank();
    }

    String[] tokens(final int number)
    {
        final String trimmed = line(number).strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    /** The first line at or after {@code from} whose text starts with {@code prefix} once stripped. */
    int find(final int from, final String prefix) throws MalformedDataException
    {
        for (int number = Math.max(1, from); number <= lines.size(); number++)
        {
            if (line(number).strip().startsWith(prefix))
            {
                return number;
            }
        }
        throw new MalformedDataException(file, 0, "no line starting with '" + prefix + "'");
    }

    /** The first non-blank line at or after {@code from}. */
    int nextFilled(final int from) throws MalformedDataException
    {
        for (int number = Math.max(1, from); number <= lines.size(); number++)
        {
            if (!isBlank(number))
            {
                return number;
            }
        }
        throw new MalformedDataException(file, 0, "ends before line " + from + " where more data was expected");
    }

    MalformedDataException error(final int number, final String problem)
    {
        final String text = line(number).strip();
        // Route lines run to hundreds of characters; the start is enough to recognise the line.
        final String shown = text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text;
        return new MalformedDataException(file, number, problem + " in '" + shown + "'");
    }

    String[] tokens(final int number, final int expected, final String what) throws MalformedDataException
    {
        final String[] tokens = tokens(number);
        if (tokens.length != expected)
        {
            throw error(number, "expected " + expected + " fields (" + what + "), found " + tokens.length);
        }
        return tokens;
    }

    int integer(final int number, final String token, final String what) throws MalformedDataException
    {
        try
        {
            return Integer.parseInt(token.strip());
        }
        catch (final NumberFormatException e)
        {
            throw error(number, what + " is not an integer: '" + token + "'");
        }
    }

    double decimal(final int number, final String token, final String what) throws MalformedDataException
    {
        try
        {
            final double value = Double.parseDouble(token.strip());
            if (!Double.isFinite(value))
            {
                throw error(number, what + " is not finite: '" + token + "'");
            }
            return value;
        }
        catch (final NumberFormatException e)
        {
            throw error(number, what + " is not a number: '" + token + "'");
        }
    }

    boolean bool(final int number, final String token, final String what) throws MalformedDataException
    {
        return switch (token.strip())
        {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(number, what + " is neither true nor false: '" + token + "'");
        };
    }

    /** A bracketed list such as {@code [0,3]}: the indices, each below {@code bound}, no repeats. */
    SortedSet<Integer> indexSet(final int number, final String token, final String what, final int bound)
        throws MalformedDataException
    {
        final SortedSet<Integer> indices = new TreeSet<>();
        for (final int index : bracketed(number, token, what))
        {
            if (index < 0 || index >= bound)
            {
                throw error(number, what + " index " + index + " is outside 0.." + (bound - 1));
            }
            if (!indices.add(index))
            {
                throw error(number, what + " lists " + index + " twice");
            }
        }
        return Collections.unmodifiableSortedSet(indices);
    }

    /** A bracketed vector such as {@code [3,0,4,4,0]} of exactly {@code length} non-negative counts. */
    List<Integer> counts(final int number, final String token, final String what, final int length)
        throws MalformedDataException
    {
        final List<Integer> counts = bracketed(number, token, what);
        if (counts.size() != length)
        {
            throw error(number, what + " has " + counts.size() + " entries, expected " + length);
        }
        for (final int count : counts)
        {
            if (count < 0)
            {
                throw error(number, what + " has a negative count " + count);
            }
        }
        return List.copyOf(counts);
    }

    private List<Integer> bracketed(final int number, final String token, final String what)
        throws MalformedDataException
    {
        final String text = token.strip();
        if (text.length() < 2 || text.charAt(0) != '[' || text.charAt(text.length() - 1) != ']')
        {
            throw error(number, what + " is not a bracketed list: '" + token + "'");
        }
        final String inner = text.substring(1, text.length() - 1).strip();
        final List<Integer> values = new ArrayList<>();
        if (inner.isEmpty())
        {
            return values;
        }
        for (final String part : inner.split(",", -1))
        {
            values.add(integer(number, part, what + " entry"));
        }
        return values;
    }
}
