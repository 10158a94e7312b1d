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
    private long notBefore = Long.MIN_VALUE;

    JournalClock(final InstantSource clock)
    {
        this.clock = clock;
    }

    /** Called once the queue is open, with the start of its newest file's cycle. */
    void notBefore(final long millis)
    {
        notBefore = Math.max(notBefore, millis);
    }

    @Override
    public long currentTimeMillis()
    {
        final long now = Math.max(clock.millis(), notBefore);
        notBefore = now;
        return now;
    }
}
