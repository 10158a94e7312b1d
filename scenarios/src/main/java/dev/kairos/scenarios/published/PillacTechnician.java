package dev.kairos.scenarios.published;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A technician row: home, shift, what they can do (skills), what they carry (tools) and the
 * spare parts in the van at the start of the day, one count per part type.
 *
 * @param id 1..crew count; also the node id of their home in the authors' routes
 */
public record PillacTechnician(int id, double x, double y, double shiftStart, double shiftEnd,
    SortedSet<Integer> skills, SortedSet<Integer> tools, List<Integer> stock)
{
    public PillacTechnician
    {
        skills = Collections.unmodifiableSortedSet(new TreeSet<>(skills));
        tools = Collections.unmodifiableSortedSet(new TreeSet<>(tools));
        stock = List.copyOf(stock);
    }
}
