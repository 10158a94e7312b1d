package dev.kairos.solver.command;

import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.Tools;

import java.util.SortedMap;
import java.util.SortedSet;

/** Create or replace a depot, its parts stock and the tools it lends (empty: none). */
public record PutDepot(long at, String depotId, Location location, SortedMap<String, Integer> stock, SortedSet<String> tools)
    implements Command
{
    public PutDepot
    {
        stock = Stock.of(stock);
        tools = Tools.of(tools);
    }

    /** A depot that lends no tools, as every depot was before depots lent them. */
    public PutDepot(final long at, final String depotId, final Location location, final SortedMap<String, Integer> stock)
    {
        this(at, depotId, location, stock, Tools.empty());
    }
}
