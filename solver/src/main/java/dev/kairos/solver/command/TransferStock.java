package dev.kairos.solver.command;

import dev.kairos.solver.domain.Stock;

import java.util.SortedMap;

/**
 * Parts move between a depot and an engineer's van: picked up ({@code toVan}) or returned. Only
 * what the source has on hand and not reserved may move.
 */
public record TransferStock(long at, String engineerId, String depotId, SortedMap<String, Integer> parts, boolean toVan)
    implements Command
{
    public TransferStock
    {
        parts = Stock.of(parts);
    }
}
