package dev.kairos.solver.engine;

import java.util.function.Consumer;

/**
 * The engine's SLA timer index ({@link SlaTimers}, package-private there) opened up for the
 * timer benchmark, which lives in another module. Not for use outside benchmarks; one thread.
 */
public final class SlaTimerIndex
{
    private final SlaTimers timers;

    public SlaTimerIndex(final long now)
    {
        timers = new SlaTimers(now);
    }

    public void add(final String ticketId, final long deadline)
    {
        timers.add(ticketId, deadline);
    }

    public void remove(final String ticketId, final long deadline)
    {
        timers.remove(ticketId, deadline);
    }

    public void expire(final long now, final Consumer<String> due)
    {
        timers.expire(now, due);
    }

    public long wheelTimers()
    {
        return timers.wheelTimers();
    }
}
