package dev.kairos.solver.state;

import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Tools;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An engineer: the office's profile plus the live part the device reports. {@code locationAt}
 * is when the device measured {@code location} (the home location's time is the put's).
 * {@code borrowedTools} are tools collected at a depot on the way to a visit (taken at check-in), in
 * the van for the rest of the shift; they go back at shift end.
 */
public record Engineer(
    String id,
    EngineerSpec spec,
    Location location,
    long locationAt,
    EngineerStatus status,
    long updatedAt,
    long position,
    SortedSet<String> borrowedTools)
{
    public Engineer
    {
        borrowedTools = Tools.of(borrowedTools);
    }

    /** What the van carries now: the engineer's own tools and the ones borrowed today. */
    public Collection<String> toolsOnBoard()
    {
        if (borrowedTools.isEmpty())
        {
            return spec.tools();
        }
        final SortedSet<String> all = new TreeSet<>(spec.tools());
        all.addAll(borrowedTools);
        return all;
    }
}
