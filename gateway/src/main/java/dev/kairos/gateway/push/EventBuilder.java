package dev.kairos.gateway.push;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.kairos.gateway.http.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders one event at a time as JSON in a fixed key order: {@code type}, {@code at} (engine time,
 * ISO-8601), {@code position}, the ids it concerns ({@code ticketId}, {@code engineerId},
 * {@code previousEngineerId}, {@code depotId}, {@code region}; absent when not set), then its own
 * fields in the order they were put. Fixed order and no clock make the bytes a function of the
 * journal alone. Reused: one builder per mapper, on the mapper's thread.
 */
final class EventBuilder
{
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private final com.fasterxml.jackson.databind.ObjectWriter values;
    private final List<String> names = new ArrayList<>();
    private final List<Object> fieldValues = new ArrayList<>();
    private EventType type;

    EventBuilder(final dev.kairos.gateway.http.LocationFormat locations)
    {
        // Field by field into one generator: no flush after each.
        values = dev.kairos.gateway.http.Json.writer(locations)
            .without(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    private long at;
    private long position;
    private String ticketId;
    private String engineerId;
    private String previousEngineerId;
    private String depotId;
    private String region;
    private boolean quiet;

    /** While quiet, {@link #build} renders nothing and returns null: for records whose events nobody will read. */
    void quiet(final boolean quiet)
    {
        this.quiet = quiet;
    }

    EventBuilder start(final EventType type, final long at, final long position)
    {
        this.type = type;
        this.at = at;
        this.position = position;
        ticketId = null;
        engineerId = null;
        previousEngineerId = null;
        depotId = null;
        region = null;
        names.clear();
        fieldValues.clear();
        return this;
    }

    EventBuilder ticket(final String ticketId, final String region)
    {
        this.ticketId = ticketId;
        this.region = region;
        return this;
    }

    EventBuilder engineer(final String engineerId)
    {
        this.engineerId = engineerId;
        return this;
    }

    EventBuilder previousEngineer(final String previousEngineerId)
    {
        this.previousEngineerId = previousEngineerId;
        return this;
    }

    EventBuilder depot(final String depotId)
    {
        this.depotId = depotId;
        return this;
    }

    /** A field of the event's own; left out when null. */
    EventBuilder put(final String name, final Object value)
    {
        if (value != null)
        {
            names.add(name);
            fieldValues.add(value);
        }
        return this;
    }

    Event build()
    {
        if (quiet)
        {
            return null;
        }
        buffer.reset();
        try (JsonGenerator json = Json.MAPPER.createGenerator(buffer))
        {
            json.writeStartObject();
            json.writeStringField("type", type.wireName());
            json.writeStringField("at", Instant.ofEpochMilli(at).toString());
            json.writeNumberField("position", position);
            optional(json, "ticketId", ticketId);
            optional(json, "engineerId", engineerId);
            optional(json, "previousEngineerId", previousEngineerId);
            optional(json, "depotId", depotId);
            optional(json, "region", region);
            for (int i = 0; i < names.size(); i++)
            {
                json.writeFieldName(names.get(i));
                values.writeValue(json, fieldValues.get(i));
            }
            json.writeEndObject();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return new Event(type, position, ticketId, engineerId, previousEngineerId, region, buffer.toByteArray());
    }

    private static void optional(final JsonGenerator json, final String name, final String value) throws IOException
    {
        if (value != null)
        {
            json.writeStringField(name, value);
        }
    }
}
