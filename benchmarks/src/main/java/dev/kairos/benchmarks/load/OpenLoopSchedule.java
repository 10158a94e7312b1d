package dev.kairos.benchmarks.load;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * The timetable of an open-loop run: request {@code i} is due at {@code start + i / rate}, fixed
 * before the first request goes out. A slow server cannot stretch it, and latency is charged from
 * these intended times, so a stall counts against every request it held up, not only the one
 * that was waiting (coordinated omission corrected). Requests due before the warm-up ends are
 * sent but not measured. Immutable; any thread.
 */
final class OpenLoopSchedule
{
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Above this the timetable's nanosecond arithmetic could overflow; far beyond two cores anyway. */
    static final long MAX_RATE = 1_000_000;
    static final long MAX_SPAN_NANOS = 600 * NANOS_PER_SECOND;

    private final long startNanos;
    private final long rate;
    private final long warmupCount;
    private final long totalCount;

    /**
     * @param startNanos  when request 0 is due, on {@link System#nanoTime()}'s scale
     * @param rate        requests per second
     * @param warmupNanos how long requests are sent without being measured
     * @param measureNanos how long measured requests are sent after that
     */
    OpenLoopSchedule(final long startNanos, final long rate, final long warmupNanos, final long measureNanos)
    {
        if (rate < 1 || rate > MAX_RATE)
        {
            throw new IllegalArgumentException("rate: must be 1 to " + MAX_RATE + " requests/s, was " + rate);
        }
        if (warmupNanos < 0 || measureNanos <= 0 || warmupNanos + measureNanos > MAX_SPAN_NANOS)
        {
            throw new IllegalArgumentException("warm-up and duration: must be at least 0 and more than 0, together at most "
                + MAX_SPAN_NANOS / NANOS_PER_SECOND + " s; were " + warmupNanos + " ns and " + measureNanos + " ns");
        }
        this.startNanos = startNanos;
        this.rate = rate;
        this.warmupCount = countBefore(warmupNanos, rate);
        this.totalCount = countBefore(warmupNanos + measureNanos, rate);
    }

    long startNanos()
    {
        return startNanos;
    }

    long rate()
    {
        return rate;
    }

    long totalCount()
    {
        return totalCount;
    }

    long warmupCount()
    {
        return warmupCount;
    }

    long measuredCount()
    {
        return totalCount - warmupCount;
    }

    boolean isMeasured(final long index)
    {
        return index >= warmupCount;
    }

    /** When request {@code index} should leave; exact, so the timetable does not drift over a long run. */
    long intendedNanos(final long index)
    {
        return startNanos + index * NANOS_PER_SECOND / rate;
    }

    /** How many requests are due at {@code nowNanos}: those whose intended time is at or before it. */
    long dueCount(final long nowNanos)
    {
        if (nowNanos < startNanos)
        {
            return 0;
        }
        // intended(i) <= now  <=>  i * 1e9 / rate < elapsed + 1  <=>  i < (elapsed + 1) * rate / 1e9
        final long elapsed = nowNanos - startNanos;
        final long due = ceilDiv((Math.min(elapsed, MAX_SPAN_NANOS) + 1) * rate, NANOS_PER_SECOND);
        return Math.min(due, totalCount);
    }

    /**
     * Calls {@code send} with every index in order, each at its intended time, from this thread; a
     * late start sends what is overdue at once. For harnesses that send one request at a time (the
     * load client releases whole batches itself).
     */
    void sendOnTime(final LongConsumer send)
    {
        for (long index = 0; index < totalCount; index++)
        {
            final long wait = intendedNanos(index) - System.nanoTime();
            if (wait > 0)
            {
                LockSupport.parkNanos(wait);
            }
            send.accept(index);
        }
    }

    /** The latency of a response to request {@code index} at {@code completedNanos}, charged from when it was due. */
    long latencyNanos(final long index, final long completedNanos)
    {
        return completedNanos - intendedNanos(index);
    }

    /** Requests due strictly before {@code spanNanos} after the start. */
    private static long countBefore(final long spanNanos, final long rate)
    {
        return ceilDiv(spanNanos * rate, NANOS_PER_SECOND);
    }

    private static long ceilDiv(final long dividend, final long divisor)
    {
        return (dividend + divisor - 1) / divisor;
    }
}
