package dev.kairos.solver.command;

import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.TimeWindow;

import java.util.List;
import java.util.SortedMap;

/**
 * The fields of a ticket to change; a null field (or {@link TicketSpec#NO_TIME} for {@code due},
 * 0 for {@code durationMinutes}) is left as it is.
 */
public record TicketPatch(
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
}
