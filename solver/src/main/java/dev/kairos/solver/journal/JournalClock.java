package dev.kairos.solver.journal;

import net.openhft.chronicle.core.time.TimeProvider;

import java.time.InstantSource;

/**
 * Chronicle's time for the appender: the engine's clock, so that journal files roll by engine days
 * (retention counts them in engine time, and a simulated day rolls like a real one), but never
 * earlier than what the journal already holds: Chronicle writes each record into the file of the
 * current cycle, and a clock set back must not put later records into an earlier file.
 */
final class JournalClock implements TimeProvider
{
    private final InstantSource clock;
    // Chronicle may ask from its own threads as well as the appender's: never let a lost update move it back.
    private final java.util.concurrent.atomic.AtomicLong notBefore = new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE);

    JournalClock(final InstantSource clock)
    {
        this.clock = clock;
    }

    /** Called once the queue is open, with the start of its newest file's cycle. */
    void notBefore(final long millis)
    {
        notBefore.accumulateAndGet(millis, Math::max);
    }

    @Override
    public long currentTimeMillis()
    {
        return notBefore.accumulateAndGet(clock.millis(), Math::max);
    }
}
