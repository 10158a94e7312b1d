package dev.kairos.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.http.LocationFormat;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.TicketPatch;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Role;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.state.ApiKey;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/** JSON ticket bodies to commands; every rule of a valid ticket lives here. */
final class TicketDecoder
{
    static final int MAX_DURATION_MINUTES = 7 * 24 * 60;
    private static final int MAX_TEXT = 200;
    private static final int MAX_LABEL = 64;
    private static final Set<String> PATCHABLE = Set.of(
        "title", "priority", "tier", "region", "location", "skills", "tools", "parts", "durationMinutes", "window", "due");
    /** A ticket to weigh (`POST /v1/recommendations`): what a new one says, but nobody to pin it to. */
    private static final Set<String> WEIGHABLE = union(union(PATCHABLE, "externalId"), "source");
    private static final Set<String> CREATABLE = union(WEIGHABLE, "engineerId");

    private TicketDecoder()
    {
    }

    static CreateTicket create(final JsonNode body, final long at)
    {
        return create(body, at, null, LocationFormat.GEOGRAPHIC);
    }

    /**
     * {@code source} names the ticketing system; an integration key's own name stands in when the
     * body has none, so each system's externalIds are its own. {@code engineerId}, when given,
     * creates the ticket pinned to that engineer.
     */
    static CreateTicket create(final JsonNode body, final long at, final ApiKey key, final LocationFormat locations)
    {
        return create(body, at, key, locations, CREATABLE);
    }

    /** A ticket for the advisor to weigh, never created: {@code engineerId} is an unknown field here. */
    static CreateTicket weighed(final JsonNode body, final long at, final LocationFormat locations)
    {
        return create(body, at, null, locations, WEIGHABLE);
    }

    private static CreateTicket create(
        final JsonNode body, final long at, final ApiKey key, final LocationFormat locations, final Set<String> allowed)
    {
        final Fields fields = Fields.of(body, allowed, locations);
        final String named = fields.text("source", false, MAX_LABEL);
        final String source = named != null || key == null || key.role() != Role.INTEGRATION ? named : key.name();
        final TicketSpec spec = new TicketSpec(
            fields.text("externalId", false, MAX_LABEL),
            fields.text("title", true, MAX_TEXT),
            fields.enumeration("priority", Priority.class, true),
            fields.text("tier", false, MAX_LABEL),
            fields.text("region", false, MAX_LABEL),
            fields.location("location", true),
            Lists.requirements(fields, "skills"),
            Lists.names(fields, "tools"),
            Lists.quantities(fields, "parts", 1),
            fields.integer("durationMinutes", true, 1, MAX_DURATION_MINUTES, 0),
            fields.window("window", false),
            fields.instant("due", false),
            source);
        final String engineerId = fields.text("engineerId", false, MAX_LABEL);
        fields.throwIfInvalid();
        return new CreateTicket(at, spec, engineerId);
    }

    static TicketPatch patch(final JsonNode body)
    {
        return patch(body, LocationFormat.GEOGRAPHIC);
    }

    static TicketPatch patch(final JsonNode body, final LocationFormat locations)
    {
        final Fields fields = Fields.of(body, PATCHABLE, locations);
        if (body.isEmpty())
        {
            fields.error("", body, "name at least one field to change: " + PATCHABLE);
        }
        final List<SkillRequirement> skills = fields.has("skills") ? Lists.requirements(fields, "skills") : null;
        final List<String> tools = fields.has("tools") ? Lists.names(fields, "tools") : null;
        final SortedMap<String, Integer> parts = fields.has("parts") ? Lists.quantities(fields, "parts", 1) : null;
        final TicketPatch patch = new TicketPatch(
            fields.text("title", false, MAX_TEXT),
            fields.enumeration("priority", Priority.class, false),
            fields.text("tier", false, MAX_LABEL),
            fields.text("region", false, MAX_LABEL),
            fields.location("location", false),
            skills,
            tools,
            parts,
            fields.integer("durationMinutes", false, 1, MAX_DURATION_MINUTES, 0),
            fields.window("window", false),
            fields.instant("due", false));
        fields.throwIfInvalid();
        return patch;
    }

    private static Set<String> union(final Set<String> names, final String extra)
    {
        final java.util.HashSet<String> all = new java.util.HashSet<>(names);
        all.add(extra);
        return Set.copyOf(all);
    }
}
