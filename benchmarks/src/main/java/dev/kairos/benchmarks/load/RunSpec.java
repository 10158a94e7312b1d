package dev.kairos.benchmarks.load;

import java.time.Duration;

/**
 * One run's shape: the offered rate, how long it warms up unmeasured, how long it is measured,
 * and how long the client waits for the last answers before charging them as timeouts.
 */
record RunSpec(long rate, Duration warmup, Duration duration, Duration drainTimeout)
{
    RunSpec
    {
        if (drainTimeout.isNegative() || drainTimeout.isZero())
        {
            throw new IllegalArgumentException("--drain-timeout: must be more than 0, was " + drainTimeout);
        }
    }

    RunSpec withRate(final long newRate)
    {
        return new RunSpec(newRate, warmup, duration, drainTimeout);
    }

    RunSpec withWarmup(final Duration newWarmup)
    {
        return new RunSpec(rate, newWarmup, duration, drainTimeout);
    }

    OpenLoopSchedule schedule(final long startNanos)
    {
        return new OpenLoopSchedule(startNanos, rate, warmup.toNanos(), duration.toNanos());
    }
}
