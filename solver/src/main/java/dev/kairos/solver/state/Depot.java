package dev.kairos.solver.state;

import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Tools;

import java.util.SortedMap;
import java.util.SortedSet;

/**
 * A depot engineers restock parts at, and borrow tools from: {@code tools} names the tools it lends,
 * without count (a depot lends as many as are asked for; a tool once collected stays in the van for
 * the day). {@code counterMillis} is the time a pick-up spends at its counter, added to the arrival
 * of every visit reached through it.
 */
public record Depot(String id, Location location, SortedMap<String, Integer> stock, SortedSet<String> tools, long counterMillis,
    long updatedAt, long position)
{
    public Depot
    {
        tools = Tools.of(tools);
    }

    /** The same depot with other stock, changed at {@code at} by the record at {@code position}. */
    public Depot withStock(final SortedMap<String, Integer> newStock, final long at, final long newPosition)
    {
        return new Depot(id, location, newStock, tools, counterMillis, at, newPosition);
    }
}
