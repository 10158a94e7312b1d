package dev.kairos.gateway.push;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The journal tail's idle strategy. While a session is subscribed: Agrona's back-off (spin, yield,
 * then parks doubling up to a millisecond), so its events go out within microseconds of the
 * engine's append. While nobody is: a plain millisecond's park, so the tail reads what came
 * meanwhile in one batch. Under load the back-off woke the tail after nearly every record only to
 * map events nobody would read, and the wake-ups cost more than the mapping (benchmarks/RESULTS.md,
 * 2026-12-07 session 8); a webhook or a session that subscribes meanwhile waits a millisecond at
 * most. Tail thread only.
 */
final class TailIdle implements IdleStrategy
{
    static final long PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final BackoffIdleStrategy eager = new BackoffIdleStrategy(100, 10, TimeUnit.MICROSECONDS.toNanos(1), PARK_NANOS);
    private final BooleanSupplier listening;

    TailIdle(final BooleanSupplier listening)
    {
        this.listening = listening;
    }

    @Override
    public void idle(final int workCount)
    {
        if (workCount > 0)
        {
            eager.reset();
        }
        else
        {
            idle();
        }
    }

    @Override
    public void idle()
    {
        if (listening.getAsBoolean())
        {
            eager.idle();
        }
        else
        {
            LockSupport.parkNanos(PARK_NANOS);
        }
    }

    @Override
    public void reset()
    {
        eager.reset();
    }

    @Override
    public String alias()
    {
        return "tail";
    }
}
