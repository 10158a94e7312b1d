package dev.kairos.solver.state;

import dev.kairos.solver.domain.Location;

import java.util.SortedMap;

/** A depot engineers restock parts at. */
public record Depot(String id, Location location, SortedMap<String, Integer> stock, long updatedAt, long position)
{
}
