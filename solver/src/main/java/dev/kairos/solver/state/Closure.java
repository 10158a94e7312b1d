package dev.kairos.solver.state;

import java.util.SortedMap;

/** How a completed ticket was closed: the engineer's report and the parts they used. */
public record Closure(String engineerId, String report, SortedMap<String, Integer> partsUsed)
{
}
