package dev.kairos.gateway.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kairos.gateway.http.Json;
import dev.kairos.gateway.http.LocationFormat;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.domain.Location;
import io.netty.buffer.ByteBuf;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A device ping read straight off Jackson's parser, without building a tree: nine in ten requests
 * under load are pings, and the tree (a map of nodes, then the checks of {@code Fields}) was the
 * largest single cost of a ping on the event loop (benchmarks/RESULTS.md, 2026-12-07 session 8).
 * It takes only the plain valid shape: one object with each coordinate once as a number within its
 * range, {@code at} at most once as an ISO-8601 instant, nothing else and nothing after. For any
 * other body it answers null and the caller reads it the usual way, which names what is wrong, so
 * refusals and their problems are exactly what they were. Event-loop threads; no state.
 */
final class PingReader
{
    /** Bodies longer than this are not plain pings (the longest is about 100 bytes); the tree path takes them. */
    private static final int MAX_BYTES = 512;

    private PingReader()
    {
    }

    /** The ping a plain valid body says, or null when the body is anything else. */
    static EngineerLocation read(final String engineerId, final ByteBuf body, final long at, final LocationFormat locations)
    {
        final int length = body.readableBytes();
        if (length == 0 || length > MAX_BYTES)
        {
            return null;
        }
        final byte[] bytes;
        final int offset;
        if (body.hasArray())
        {
            bytes = body.array();
            offset = body.arrayOffset() + body.readerIndex();
        }
        else
        {
            bytes = new byte[length];
            body.getBytes(body.readerIndex(), bytes);
            offset = 0;
        }
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(bytes, offset, length))
        {
            return ping(parser, engineerId, at, locations);
        }
        catch (final IOException | DateTimeParseException ex)
        {
            // Broken JSON or a bad instant: the tree path reads the body again and says so.
            return null;
        }
    }

    private static EngineerLocation ping(final JsonParser parser, final String engineerId, final long at,
        final LocationFormat locations) throws IOException
    {
        if (parser.nextToken() != JsonToken.START_OBJECT)
        {
            return null;
        }
        double first = Double.NaN;
        double second = Double.NaN;
        long measuredAt = at;
        boolean hasFirst = false;
        boolean hasSecond = false;
        boolean hasAt = false;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken())
        {
            if (token != JsonToken.FIELD_NAME)
            {
                return null;
            }
            final String name = parser.currentName();
            final JsonToken value = parser.nextToken();
            if (!hasFirst && value != null && value.isNumeric() && name.equals(locations.first()))
            {
                first = parser.getDoubleValue();
                hasFirst = true;
            }
            else if (!hasSecond && value != null && value.isNumeric() && name.equals(locations.second()))
            {
                second = parser.getDoubleValue();
                hasSecond = true;
            }
            else if (!hasAt && value == JsonToken.VALUE_STRING && "at".equals(name))
            {
                measuredAt = Instant.parse(parser.getText()).toEpochMilli();
                hasAt = true;
            }
            else
            {
                // Unknown, repeated, null or mistyped: for the tree path to name.
                return null;
            }
        }
        if (parser.nextToken() != null || !hasFirst || !hasSecond
            || !(first >= -locations.firstLimit() && first <= locations.firstLimit())
            || !(second >= -locations.secondLimit() && second <= locations.secondLimit()))
        {
            return null;
        }
        return new EngineerLocation(at, engineerId, new Location(first, second), measuredAt);
    }
}
