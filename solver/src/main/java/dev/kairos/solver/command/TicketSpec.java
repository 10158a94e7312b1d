package dev.kairos.solver.command;

import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TimeWindow;

import java.util.List;
import java.util.SortedMap;

/**
 * What a ticketing system says about a ticket. {@code externalId}, {@code tier}, {@code region},
 * {@code window} and {@code source} may be null; {@code due} is {@link #NO_TIME} when absent.
 * {@code source} names the system the ticket came from: an {@code externalId} is unique per source.
 */
public record TicketSpec(
    String externalId,
    String title,
    Priority priority,
    String tier,
    String region,
    Location location,
    List<SkillRequirement> skills,
    List<String> tools,
    SortedMap<String, Integer> parts,
    int durationMinutes,
    TimeWindow window,
    long due,
    String source)
{
    public static final long NO_TIME = Long.MIN_VALUE;

    public TicketSpec
    {
        skills = List.copyOf(skills);
        tools = List.copyOf(tools);
        parts = Stock.of(parts);
    }

    /** A ticket with no named source. */
    public TicketSpec(
        final String externalId, final String title, final Priority priority, final String tier, final String region,
        final Location location, final List<SkillRequirement> skills, final List<String> tools,
        final SortedMap<String, Integer> parts, final int durationMinutes, final TimeWindow window, final long due)
    {
        this(externalId, title, priority, tier, region, location, skills, tools, parts, durationMinutes, window, due, null);
    }

    public TicketSpec withSource(final String newSource)
    {
        return new TicketSpec(externalId, title, priority, tier, region, location, skills, tools, parts, durationMinutes,
            window, due, newSource);
    }
}
