package dev.kairos.solver.command;

import dev.kairos.solver.domain.Stock;

import java.util.SortedMap;

/** A delivery arrives at a depot: its quantities are added to what the depot has on hand. */
public record RestockDepot(long at, String depotId, SortedMap<String, Integer> parts) implements Command
{
    public RestockDepot
    {
        parts = Stock.of(parts);
    }
}
