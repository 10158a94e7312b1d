package dev.kairos.solver.command;

import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.Tools;

import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Create or replace a depot, its parts stock, the tools it lends (empty: none) and the time an
 * engineer spends at its counter on a pick-up ({@code counterMillis}).
 */
public record PutDepot(long at, String depotId, Location location, SortedMap<String, Integer> stock, SortedSet<String> tools,
    long counterMillis) implements Command
{
    /**
     * The counter time of a depot put without one: every pick-up cost this before depots had their
     * own, so records written then still mean what they meant.
     */
    public static final long DEFAULT_COUNTER_MILLIS = 10 * 60_000L;

    public PutDepot
    {
        stock = Stock.of(stock);
        tools = Tools.of(tools);
    }

    /** A depot with the default counter time. */
    public PutDepot(final long at, final String depotId, final Location location, final SortedMap<String, Integer> stock,
        final SortedSet<String> tools)
    {
        this(at, depotId, location, stock, tools, DEFAULT_COUNTER_MILLIS);
    }

    /** A depot that lends no tools, as every depot was before depots lent them. */
    public PutDepot(final long at, final String depotId, final Location location, final SortedMap<String, Integer> stock)
    {
        this(at, depotId, location, stock, Tools.empty());
    }
}
