package dev.kairos.solver.domain;

/** A half-open interval of engine time, epoch milliseconds: [start, end). */
public record TimeWindow(long start, long end)
{
    public boolean contains(final long time)
    {
        return time >= start && time < end;
    }
}
