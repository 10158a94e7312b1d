package dev.kairos.solver.command;

import dev.kairos.solver.domain.Stock;

import java.util.SortedMap;

/**
 * The engine sets aside a dispatched visit's parts: {@code van} from the engineer's van, the rest
 * ({@code depot}) at {@code depotId} for the engineer to pick up on the way (null when the van has
 * everything), and {@code missing} what no van or depot could cover (a stock-out). Made by the
 * engine itself right after the dispatch, and journaled so the decision replays as taken.
 */
public record ReserveParts(
    long at,
    String ticketId,
    String engineerId,
    SortedMap<String, Integer> van,
    String depotId,
    SortedMap<String, Integer> depot,
    SortedMap<String, Integer> missing) implements Command
{
    public ReserveParts
    {
        van = Stock.of(van);
        depot = Stock.of(depot);
        missing = Stock.of(missing);
    }
}
