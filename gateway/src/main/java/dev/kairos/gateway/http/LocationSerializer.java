package dev.kairos.gateway.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.kairos.solver.domain.Location;

import java.io.IOException;

/** Writes a {@link Location} in the format its writer's {@link LocationFormat} attribute names; {lat, lon} without one. */
final class LocationSerializer extends StdSerializer<Location>
{
    LocationSerializer()
    {
        super(Location.class);
    }

    @Override
    public void serialize(final Location location, final JsonGenerator json, final SerializerProvider provider) throws IOException
    {
        final Object attribute = provider.getAttribute(LocationFormat.ATTRIBUTE);
        final LocationFormat format = attribute instanceof LocationFormat f ? f : LocationFormat.GEOGRAPHIC;
        json.writeStartObject();
        json.writeNumberField(format.first(), format.firstOf(location));
        json.writeNumberField(format.second(), format.secondOf(location));
        json.writeEndObject();
    }
}
