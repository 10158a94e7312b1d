package dev.kairos.gateway.push;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects one event at a time: its type, time, position, the ids it concerns, then its own fields
 * in the order they are put; {@link Event#json} renders them in that order when first read.
 * Reused: one builder per mapper, on the mapper's thread.
 */
final class EventBuilder
{
    private static final String[] NO_NAMES = {};
    private static final Object[] NO_VALUES = {};

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

    /** While quiet, {@link #build} makes no event and returns null: for records whose events nobody will read. */
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
        final boolean none = names.isEmpty();
        return new Event(type, at, position, ticketId, engineerId, previousEngineerId, depotId, region,
            none ? NO_NAMES : names.toArray(NO_NAMES), none ? NO_VALUES : fieldValues.toArray(), values);
    }
}
