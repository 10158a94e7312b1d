package dev.kairos.gateway.push;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.kairos.gateway.http.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * One event as subscribers receive it: {@link #json} is the whole message, shared by every
 * subscriber; the other accessors are what filters look at. {@code previousEngineerId} is the
 * engineer a ticket left, when an event moves it.
 * <p>
 * The message is rendered the first time someone reads it, not when the event is mapped: most
 * events under load are pings that no subscriber asked for, and rendering every one of them was
 * most of what the journal tail spent (benchmarks/RESULTS.md, 2026-12-07 session 8). An event keeps
 * what it renders from (immutable values: strings, numbers, enums, locations, unmodifiable lists
 * and maps), so the bytes are the same whenever and on whichever thread they are made. Any thread
 * may read an event; two threads that render it at once make equal bytes and either result stands.
 */
final class Event
{
    private final EventType type;
    private final long at;
    private final long position;
    private final String ticketId;
    private final String engineerId;
    private final String previousEngineerId;
    private final String depotId;
    private final String region;
    private final String[] names;
    private final Object[] values;
    private final ObjectWriter writer;
    /** Null until rendered; volatile so a reader on another thread sees the array's contents, not just its reference. */
    private volatile byte[] json;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Event(final EventType type, final long at, final long position, final String ticketId, final String engineerId,
        final String previousEngineerId, final String depotId, final String region, final String[] names, final Object[] values,
        final ObjectWriter writer)
    {
        this.type = type;
        this.at = at;
        this.position = position;
        this.ticketId = ticketId;
        this.engineerId = engineerId;
        this.previousEngineerId = previousEngineerId;
        this.depotId = depotId;
        this.region = region;
        this.names = names;
        this.values = values;
        this.writer = writer;
    }

    EventType type()
    {
        return type;
    }

    long position()
    {
        return position;
    }

    String ticketId()
    {
        return ticketId;
    }

    String engineerId()
    {
        return engineerId;
    }

    String previousEngineerId()
    {
        return previousEngineerId;
    }

    String region()
    {
        return region;
    }

    /**
     * The message: {@code type}, {@code at} (engine time, ISO-8601), {@code position}, the ids it
     * concerns ({@code ticketId}, {@code engineerId}, {@code previousEngineerId}, {@code depotId},
     * {@code region}; absent when not set), then its own fields in the order they were put. Fixed
     * order and no clock make the bytes a function of the journal alone. Shared: do not modify.
     */
    byte[] json()
    {
        byte[] rendered = json;
        if (rendered == null)
        {
            rendered = render();
            json = rendered;
        }
        return rendered;
    }

    /** The message as text, for logs and tests. */
    String text()
    {
        return new String(json(), StandardCharsets.UTF_8);
    }

    private byte[] render()
    {
        final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        try (JsonGenerator out = Json.MAPPER.createGenerator(buffer))
        {
            out.writeStartObject();
            out.writeStringField("type", type.wireName());
            out.writeStringField("at", Instant.ofEpochMilli(at).toString());
            out.writeNumberField("position", position);
            optional(out, "ticketId", ticketId);
            optional(out, "engineerId", engineerId);
            optional(out, "previousEngineerId", previousEngineerId);
            optional(out, "depotId", depotId);
            optional(out, "region", region);
            for (int i = 0; i < names.length; i++)
            {
                out.writeFieldName(names[i]);
                value(out, values[i]);
            }
            out.writeEndObject();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return buffer.toByteArray();
    }

    /** Plain values straight to the generator (as Jackson's own serializers write them); the rest through the mapper. */
    private void value(final JsonGenerator out, final Object value) throws IOException
    {
        switch (value)
        {
            case String text -> out.writeString(text);
            case Integer number -> out.writeNumber(number);
            case Long number -> out.writeNumber(number);
            case Boolean flag -> out.writeBoolean(flag);
            default -> writer.writeValue(out, value);
        }
    }

    private static void optional(final JsonGenerator out, final String name, final String value) throws IOException
    {
        if (value != null)
        {
            out.writeStringField(name, value);
        }
    }

    @Override
    public boolean equals(final Object other)
    {
        return other instanceof Event event && Arrays.equals(json(), event.json());
    }

    @Override
    public int hashCode()
    {
        return Arrays.hashCode(json());
    }

    @Override
    public String toString()
    {
        return text();
    }
}
