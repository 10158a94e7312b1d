package dev.kairos.gateway.push;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.http.FieldError;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a subscriber asked for: event types (exact names, or a family such as {@code plan.*}), the
 * tickets and engineers it follows, a region, and where to resume. Empty sets mean "all". The
 * dimensions combine with AND, except tickets and engineers, which combine with OR (an event
 * concerning any of them). A region keeps ticket events of that region and every event that is not
 * about a ticket (engineers, depots, routes): engineers have no region. Immutable; any thread.
 *
 * @param fromPosition resume after this journal position; null for live events only.
 */
record Subscription(
    Set<EventType> types,
    Set<String> ticketIds,
    Set<String> engineerIds,
    String region,
    Long fromPosition,
    StreamScope scope)
{
    static final int MAX_IDS = 1_000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Set<String> FIELDS = Set.of("type", "types", "ticketIds", "engineerIds", "region", "fromPosition");

    /** A subscribe message that is not valid, with every field that is wrong. */
    static final class Invalid extends Exception
    {
        private final transient List<FieldError> errors;

        Invalid(final List<FieldError> errors)
        {
            super(errors.get(0).field() + ": " + errors.get(0).message(), null, false, false);
            this.errors = List.copyOf(errors);
        }

        List<FieldError> errors()
        {
            return errors;
        }
    }

    /** This subscription as far as {@code limit} (the key's) allows. */
    Subscription within(final StreamScope limit)
    {
        return new Subscription(types, ticketIds, engineerIds, region, fromPosition, limit);
    }

    boolean matches(final Event event)
    {
        if (!scope.sees(event))
        {
            return false;
        }
        if (!types.isEmpty() && !types.contains(event.type()))
        {
            return false;
        }
        if (region != null && event.ticketId() != null && !region.equals(event.region()))
        {
            return false;
        }
        if (ticketIds.isEmpty() && engineerIds.isEmpty())
        {
            return true;
        }
        return event.ticketId() != null && ticketIds.contains(event.ticketId())
            || event.engineerId() != null && engineerIds.contains(event.engineerId())
            || event.previousEngineerId() != null && engineerIds.contains(event.previousEngineerId());
    }

    /** Reads {@code {"type":"subscribe", "types":[...], "ticketIds":[...], "engineerIds":[...], "region":..., "fromPosition":...}}. */
    static Subscription parse(final JsonNode message) throws Invalid
    {
        final List<FieldError> errors = new ArrayList<>();
        if (message == null || !message.isObject())
        {
            throw new Invalid(List.of(new FieldError("", null, "a subscribe message is a JSON object")));
        }
        final Iterator<String> names = message.fieldNames();
        while (names.hasNext())
        {
            final String name = names.next();
            if (!FIELDS.contains(name))
            {
                errors.add(new FieldError(name, message.get(name), "unknown field"));
            }
        }
        if (!"subscribe".equals(message.path("type").asText(null)))
        {
            errors.add(new FieldError("type", message.get("type"), "must be \"subscribe\""));
        }
        final Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (final String name : strings(message, "types", errors))
        {
            final Set<EventType> named = typesNamed(name);
            if (named.isEmpty())
            {
                errors.add(new FieldError("types", name, "unknown event type"));
            }
            types.addAll(named);
        }
        final Set<String> ticketIds = ids(message, "ticketIds", errors);
        final Set<String> engineerIds = ids(message, "engineerIds", errors);
        String region = null;
        final JsonNode regionNode = message.get("region");
        if (regionNode != null && !regionNode.isNull())
        {
            if (!regionNode.isTextual() || regionNode.asText().isEmpty() || regionNode.asText().length() > 64)
            {
                errors.add(new FieldError("region", regionNode, "must be a text of 1 to 64 characters"));
            }
            region = regionNode.asText();
        }
        Long fromPosition = null;
        final JsonNode from = message.get("fromPosition");
        if (from != null && !from.isNull())
        {
            if (!from.canConvertToExactIntegral() || !from.canConvertToLong() || from.asLong() < 0)
            {
                errors.add(new FieldError("fromPosition", from, "must be a journal position: a whole number, 0 or more"));
            }
            fromPosition = from.asLong();
        }
        if (!errors.isEmpty())
        {
            throw new Invalid(errors);
        }
        return new Subscription(Set.copyOf(types), ticketIds, engineerIds, region, fromPosition, StreamScope.ALL);
    }

    /** The types a name stands for: one, or a family for {@code plan.*}; empty for an unknown name. */
    static Set<EventType> typesNamed(final String name)
    {
        final Set<EventType> types = EnumSet.noneOf(EventType.class);
        if (name.endsWith(".*"))
        {
            final String family = name.substring(0, name.length() - 1);
            for (final EventType type : EventType.values())
            {
                if (type.wireName().startsWith(family))
                {
                    types.add(type);
                }
            }
        }
        else if (EventType.named(name) != null)
        {
            types.add(EventType.named(name));
        }
        return types;
    }

    private static Set<String> ids(final JsonNode message, final String field, final List<FieldError> errors)
    {
        final Set<String> ids = new LinkedHashSet<>();
        for (final String id : strings(message, field, errors))
        {
            if (ID.matcher(id).matches())
            {
                ids.add(id);
            }
            else
            {
                errors.add(new FieldError(field, id, "must be 1 to 64 letters, digits or . _ : -"));
            }
        }
        return Set.copyOf(ids);
    }

    private static List<String> strings(final JsonNode message, final String field, final List<FieldError> errors)
    {
        final JsonNode node = message.get(field);
        if (node == null || node.isNull())
        {
            return List.of();
        }
        if (!node.isArray() || node.size() > MAX_IDS)
        {
            errors.add(new FieldError(field, node.isArray() ? node.size() + " items" : node, "must be a list of up to " + MAX_IDS + " texts"));
            return List.of();
        }
        final List<String> values = new ArrayList<>(node.size());
        for (final JsonNode item : node)
        {
            if (item.isTextual())
            {
                values.add(item.asText());
            }
            else
            {
                errors.add(new FieldError(field, item, "must be a text"));
            }
        }
        return values;
    }
}
