package dev.kairos.gateway.api;

import com.fasterxml.jackson.core.io.NumberInput;
import dev.kairos.gateway.http.LocationFormat;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.domain.Location;
import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A device ping read straight from the body's bytes: nine in ten requests under load are pings, and
 * parsing each into a Jackson tree (a parser, a symbol table, a map of nodes, then the checks of
 * {@code Fields}) was the largest single cost of a ping on the event loop (benchmarks/RESULTS.md,
 * 2026-12-07 session 8). It takes only the plain valid shape: one JSON object whose names are plain
 * ASCII, with each coordinate once as a JSON number within its range, {@code at} at most once as a
 * string without escapes holding an ISO-8601 instant, nothing else and nothing after. Numbers are
 * read as Jackson reads them: integers as longs, others by the same fast parser Jackson's uses
 * ({@code Json}), which rounds as {@link Double#parseDouble} does (correctly) without its slow path
 * for the 15 to 17 digits coordinates come with. For any other body it answers null and the caller
 * reads it the usual way, which names what is wrong, so refusals and their problems are exactly
 * what they were. Event-loop threads; an instance reads one body.
 */
final class PingReader
{
    /** Longer bodies, names, numbers or strings are not plain pings: the tree path takes them. */
    private static final int MAX_BYTES = 512;
    private static final int MAX_TOKEN = 64;
    /** Integers up to this many characters fit a long; longer ones Jackson reads as big integers, left to it. */
    private static final int MAX_LONG_DIGITS = 18;
    private static final int NONE = -1;

    private final ByteBuf body;
    private final int end;
    private int at;

    private PingReader(final ByteBuf body)
    {
        this.body = body;
        this.at = body.readerIndex();
        this.end = body.writerIndex();
    }

    /** The ping a plain valid body says, or null when the body is anything else. */
    static EngineerLocation read(final String engineerId, final ByteBuf body, final long receivedAt, final LocationFormat locations)
    {
        final int length = body.readableBytes();
        if (length == 0 || length > MAX_BYTES)
        {
            return null;
        }
        try
        {
            return new PingReader(body).ping(engineerId, receivedAt, locations);
        }
        catch (final NumberFormatException | DateTimeParseException ex)
        {
            return null;
        }
    }

    private EngineerLocation ping(final String engineerId, final long receivedAt, final LocationFormat locations)
    {
        if (next() != '{')
        {
            return null;
        }
        double first = Double.NaN;
        double second = Double.NaN;
        long measuredAt = receivedAt;
        boolean hasFirst = false;
        boolean hasSecond = false;
        boolean hasAt = false;
        int c = next();
        while (c != '}')
        {
            if (c != '"')
            {
                return null;
            }
            final String name = string();
            if (name == null || next() != ':')
            {
                return null;
            }
            c = next();
            if (!hasFirst && name.equals(locations.first()))
            {
                first = number(c);
                hasFirst = true;
            }
            else if (!hasSecond && name.equals(locations.second()))
            {
                second = number(c);
                hasSecond = true;
            }
            else if (!hasAt && c == '"' && "at".equals(name))
            {
                final String instant = string();
                if (instant == null)
                {
                    return null;
                }
                measuredAt = Instant.parse(instant).toEpochMilli();
                hasAt = true;
            }
            else
            {
                // Unknown, repeated, null or mistyped: for the tree path to name.
                return null;
            }
            c = next();
            if (c == ',')
            {
                c = next();
                if (c == '}')
                {
                    return null;
                }
            }
            else if (c != '}')
            {
                return null;
            }
        }
        if (next() != NONE || !hasFirst || !hasSecond
            || !(first >= -locations.firstLimit() && first <= locations.firstLimit())
            || !(second >= -locations.secondLimit() && second <= locations.secondLimit()))
        {
            return null;
        }
        return new EngineerLocation(receivedAt, engineerId, new Location(first, second), measuredAt);
    }

    /** The next byte that is not JSON whitespace, or {@link #NONE} at the end. */
    private int next()
    {
        while (at < end)
        {
            final int c = body.getByte(at++) & 0xff;
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            {
                return c;
            }
        }
        return NONE;
    }

    /** After an opening quote: the string up to the closing one, or null when it has escapes, controls or non-ASCII. */
    private String string()
    {
        final int start = at;
        while (at < end && at - start <= MAX_TOKEN)
        {
            final int c = body.getByte(at++) & 0xff;
            if (c == '"')
            {
                return body.toString(start, at - 1 - start, StandardCharsets.US_ASCII);
            }
            if (c == '\\' || c < 0x20 || c >= 0x80)
            {
                return null;
            }
        }
        return null;
    }

    /**
     * A JSON number starting with {@code first}: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}.
     * Anything else (a string, null, a leading plus or zero) throws, and the body goes to the tree path.
     */
    private double number(final int first)
    {
        final int start = at - 1;
        boolean integer = true;
        int c = first;
        if (c == '-')
        {
            c = step();
        }
        if (c == '0')
        {
            c = step();
        }
        else if (c >= '1' && c <= '9')
        {
            c = digits();
        }
        else
        {
            throw new NumberFormatException();
        }
        if (c == '.')
        {
            integer = false;
            if (!isDigit(step()))
            {
                throw new NumberFormatException();
            }
            c = digits();
        }
        if (c == 'e' || c == 'E')
        {
            integer = false;
            c = step();
            if (c == '+' || c == '-')
            {
                c = step();
            }
            if (!isDigit(c))
            {
                throw new NumberFormatException();
            }
            digits();
        }
        // The number ends before the byte just stepped over.
        at--;
        final int length = at - start;
        if (length > (integer ? MAX_LONG_DIGITS : MAX_TOKEN))
        {
            throw new NumberFormatException();
        }
        final String text = body.toString(start, length, StandardCharsets.US_ASCII);
        // An integer is a whole number to Jackson, widened as a long is: "-0" is 0.0 there, not -0.0.
        return integer ? (double)Long.parseLong(text) : NumberInput.parseDouble(text, true);
    }

    /** Steps over digits (the one just stepped over was one); returns the first byte after them, stepped over too. */
    private int digits()
    {
        int c;
        do
        {
            c = step();
        }
        while (isDigit(c));
        return c;
    }

    /** The next byte, whitespace or not, stepped over; {@link #NONE} at the end (stepped over too, so a step back holds). */
    private int step()
    {
        if (at < end)
        {
            return body.getByte(at++) & 0xff;
        }
        at++;
        return NONE;
    }

    private static boolean isDigit(final int c)
    {
        return c >= '0' && c <= '9';
    }
}
