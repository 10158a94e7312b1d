package dev.kairos.solver.command;

import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TimeWindow;

import java.util.List;
import java.util.SortedMap;

/**
 * What a ticketing system says about a ticket. {@code externalId}, {@code tier}, {@code region}
 * and {@code window} may be null; {@code due} is {@link #NO_TIME} when absent.
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
    long due)
{
    public static final long NO_TIME = Long.MIN_VALUE;

    public TicketSpec
    {
        skills = List.copyOf(skills);
        tools = List.copyOf(tools);
        parts = Stock.of(parts);
    }
}
