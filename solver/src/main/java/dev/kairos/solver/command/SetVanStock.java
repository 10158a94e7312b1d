package dev.kairos.solver.command;

import dev.kairos.solver.domain.Stock;

import java.util.SortedMap;

/** The office counts an engineer's van and replaces its stock (a stock-take); reserved parts must stay covered. */
public record SetVanStock(long at, String engineerId, SortedMap<String, Integer> stock) implements Command
{
    public SetVanStock
    {
        stock = Stock.of(stock);
    }
}
