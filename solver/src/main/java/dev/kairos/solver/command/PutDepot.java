package dev.kairos.solver.command;

import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Stock;

import java.util.SortedMap;

/** Create or replace a depot and its parts stock. */
public record PutDepot(long at, String depotId, Location location, SortedMap<String, Integer> stock) implements Command
{
    public PutDepot
    {
        stock = Stock.of(stock);
    }
}
