package dev.kairos.solver.command;

import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.Stock;

import java.util.List;
import java.util.SortedMap;

/** An engineer's profile as the dispatch office describes it. {@code capacity} is -1 when unlimited. */
public record EngineerSpec(
    String name,
    Location home,
    List<Skill> skills,
    List<String> tools,
    Shift shift,
    SortedMap<String, Integer> stock,
    int capacity)
{
    public static final int NO_CAPACITY = -1;

    public EngineerSpec
    {
        skills = List.copyOf(skills);
        tools = List.copyOf(tools);
        stock = Stock.of(stock);
    }
}
