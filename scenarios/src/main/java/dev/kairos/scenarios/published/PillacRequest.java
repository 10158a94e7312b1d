package dev.kairos.scenarios.published;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A request row: where, when service may start ({@code ready}..{@code due}), how long it takes,
 * the skills and tools it needs and the spare parts it consumes, one count per part type.
 *
 * @param id the row id, after the depot and the technicians; also its node id in the authors' routes
 */
public record PillacRequest(int id, double x, double y, double ready, double due, double service,
    SortedSet<Integer> skills, SortedSet<Integer> tools, List<Integer> parts)
{
    public PillacRequest
    {
        skills = Collections.unmodifiableSortedSet(new TreeSet<>(skills));
        tools = Collections.unmodifiableSortedSet(new TreeSet<>(tools));
        parts = List.copyOf(parts);
    }
}
