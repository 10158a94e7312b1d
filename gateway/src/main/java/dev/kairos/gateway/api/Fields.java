package dev.kairos.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.http.FieldError;
import dev.kairos.gateway.http.LocationFormat;
import dev.kairos.gateway.http.Problem;
import dev.kairos.gateway.http.ProblemException;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.TimeWindow;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of one JSON object, collecting every error (with its dotted path and value)
 * instead of stopping at the first, so a client learns all that is wrong in one round trip.
 * Absent optional fields read as null (or {@link TicketSpec#NO_TIME} for instants).
 */
final class Fields
{
    private final JsonNode node;
    private final String prefix;
    private final List<FieldError> errors;
    private final LocationFormat locations;

    private Fields(final JsonNode node, final String prefix, final List<FieldError> errors, final Set<String> allowed,
        final LocationFormat locations)
    {
        this.node = node;
        this.locations = locations;
        this.prefix = prefix;
        this.errors = errors;
        if (allowed == null)
        {
            return;
        }
        final Iterator<String> names = node.fieldNames();
        while (names.hasNext())
        {
            final String name = names.next();
            if (!allowed.contains(name))
            {
                errors.add(new FieldError(prefix + name, node.get(name), "unknown field"));
            }
        }
    }

    static Fields of(final JsonNode root, final Set<String> allowed)
    {
        return of(root, allowed, LocationFormat.GEOGRAPHIC);
    }

    /** As {@link #of(JsonNode, Set)}, reading locations in the server's format. */
    static Fields of(final JsonNode root, final Set<String> allowed, final LocationFormat locations)
    {
        return new Fields(root, "", new ArrayList<>(), allowed, locations);
    }

    /** Throws a 400 problem listing every error found so far. */
    void throwIfInvalid()
    {
        if (!errors.isEmpty())
        {
            throw new ProblemException(Problem.validation(errors));
        }
    }

    void error(final String name, final Object value, final String message)
    {
        errors.add(new FieldError(prefix + name, value, message));
    }

    boolean has(final String name)
    {
        final JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    String text(final String name, final boolean required, final int maxLength)
    {
        final JsonNode value = present(name, required);
        if (value == null)
        {
            return null;
        }
        if (!value.isTextual())
        {
            error(name, value, "must be a string");
            return null;
        }
        final String text = value.textValue();
        if (text.isBlank())
        {
            error(name, text, "must not be blank");
        }
        else if (text.length() > maxLength)
        {
            error(name, text.substring(0, 40) + "…", "must be at most " + maxLength + " characters");
        }
        return text;
    }

    /** An integer in [min, max]; {@code absent} when the field is absent and optional. */
    int integer(final String name, final boolean required, final int min, final int max, final int absent)
    {
        final JsonNode value = present(name, required);
        if (value == null)
        {
            return absent;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt())
        {
            error(name, value, "must be a whole number");
            return absent;
        }
        final int number = value.intValue();
        if (number < min || number > max)
        {
            error(name, number, "must be between " + min + " and " + max);
        }
        return number;
    }

    double number(final String name, final double min, final double max)
    {
        final JsonNode value = present(name, true);
        if (value == null)
        {
            return Double.NaN;
        }
        if (!value.isNumber())
        {
            error(name, value, "must be a number");
            return Double.NaN;
        }
        final double number = value.doubleValue();
        if (!(number >= min && number <= max))
        {
            error(name, value, "must be between " + min + " and " + max);
        }
        return number;
    }

    <E extends Enum<E>> E enumeration(final String name, final Class<E> type, final boolean required)
    {
        final JsonNode value = present(name, required);
        if (value == null)
        {
            return null;
        }
        if (value.isTextual())
        {
            for (final E constant : type.getEnumConstants())
            {
                if (constant.name().equals(value.textValue()))
                {
                    return constant;
                }
            }
        }
        error(name, value, "must be one of " + List.of(type.getEnumConstants()));
        return null;
    }

    /** An ISO-8601 instant as epoch milliseconds; {@link TicketSpec#NO_TIME} when absent or invalid. */
    long instant(final String name, final boolean required)
    {
        final JsonNode value = present(name, required);
        if (value == null)
        {
            return TicketSpec.NO_TIME;
        }
        if (value.isTextual())
        {
            try
            {
                return Instant.parse(value.textValue()).toEpochMilli();
            }
            catch (final DateTimeParseException ex)
            {
                // reported below
            }
        }
        error(name, value, "must be an ISO-8601 instant such as 2026-11-23T09:00:00Z");
        return TicketSpec.NO_TIME;
    }

    /**
     * A nested object, or null when absent (reported when required) or not an object.
     * {@code allowed} names its fields; null when its keys are data (a map such as stock).
     */
    Fields object(final String name, final boolean required, final Set<String> allowed)
    {
        final JsonNode value = present(name, required);
        if (value == null)
        {
            return null;
        }
        if (!value.isObject())
        {
            error(name, value, "must be an object");
            return null;
        }
        return new Fields(value, prefix + name + ".", errors, allowed, locations);
    }

    /** The elements of an array field; empty when absent. */
    List<JsonNode> array(final String name, final int maxLength)
    {
        final JsonNode value = present(name, false);
        if (value == null)
        {
            return List.of();
        }
        if (!value.isArray())
        {
            error(name, value, "must be an array");
            return List.of();
        }
        if (value.size() > maxLength)
        {
            error(name, value.size() + " elements", "must have at most " + maxLength + " elements");
            return List.of();
        }
        final List<JsonNode> elements = new ArrayList<>(value.size());
        value.forEach(elements::add);
        return elements;
    }

    /** Fields of an array element, e.g. {@code skills[2].name}. */
    Fields element(final String arrayName, final int index, final JsonNode element, final Set<String> allowed)
    {
        return new Fields(element, prefix + arrayName + "[" + index + "].", errors, allowed, locations);
    }

    String path(final String name)
    {
        return prefix + name;
    }

    JsonNode raw(final String name)
    {
        return node.get(name);
    }

    Location location(final String name, final boolean required)
    {
        final Fields location = object(name, required, locations.names());
        return location == null ? null : location.point();
    }

    /** This object's own two coordinates ({@code lat, lon} or {@code x, y}, as the server's area has them). */
    Location point()
    {
        return new Location(number(locations.first(), -locations.firstLimit(), locations.firstLimit()),
            number(locations.second(), -locations.secondLimit(), locations.secondLimit()));
    }

    /** The coordinate field names, for an allowed set. */
    Set<String> locationNames()
    {
        return locations.names();
    }

    TimeWindow window(final String name, final boolean required)
    {
        final Fields window = object(name, required, Set.of("start", "end"));
        if (window == null)
        {
            return null;
        }
        final long start = window.instant("start", true);
        final long end = window.instant("end", true);
        if (start != TicketSpec.NO_TIME && end != TicketSpec.NO_TIME && end <= start)
        {
            window.error("end", window.raw("end"), "must be after start (" + window.raw("start").asText() + ")");
        }
        return new TimeWindow(start, end);
    }

    private JsonNode present(final String name, final boolean required)
    {
        final JsonNode value = node.get(name);
        if (value == null || value.isNull())
        {
            if (required)
            {
                error(name, null, "is required");
            }
            return null;
        }
        return value;
    }
}
