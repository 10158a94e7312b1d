package dev.kairos.solver.domain;

import java.util.List;

/** An engineer's working day: start and end in epoch milliseconds, unpaid breaks, overtime allowed. */
public record Shift(long start, long end, List<TimeWindow> breaks, int maxOvertimeMinutes)
{
    public Shift
    {
        breaks = List.copyOf(breaks);
    }
}
