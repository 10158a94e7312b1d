package dev.kairos.solver.engine;

import org.agrona.concurrent.IdleStrategy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The engine's default idle strategy: Agrona's back-off (spin, yield, then park for a doubling
 * time up to a bound), except that an offer made while the engine is parked wakes it at once.
 * With the back-off alone a request that arrived during a park waited for it to end: at a few
 * hundred requests a second the engine is parked most of the time, and waiting out the park was
 * half the median acknowledgement. A shorter bound would keep the engine awake and cost a
 * core's share while idle.
 * <p>
 * No wake-up is lost: the engine publishes itself as parked and then looks at the inbox again,
 * while an offer publishes the request (a CAS on the queue's tail) and then looks for a parked
 * engine, so at least one of the two sees the other. A stale unpark only shortens the next park.
 */
final class Doorbell implements IdleStrategy
{
    static final int SPINS = 100;
    static final int YIELDS = 10;
    static final long MIN_PARK_NANOS = TimeUnit.MICROSECONDS.toNanos(1);
    static final long MAX_PARK_NANOS = TimeUnit.MICROSECONDS.toNanos(500);

    private final BooleanSupplier hasWork;
    private volatile Thread parked;
    private int spins;
    private int yields;
    private long parkNanos = MIN_PARK_NANOS;

    Doorbell(final BooleanSupplier hasWork)
    {
        this.hasWork = hasWork;
    }

    /** Wakes the engine if it is parked; any thread, after its offer succeeded. */
    void ring()
    {
        final Thread sleeper = parked;
        if (sleeper != null)
        {
            LockSupport.unpark(sleeper);
        }
    }

    @Override
    public void idle(final int workCount)
    {
        if (workCount > 0)
        {
            reset();
        }
        else
        {
            idle();
        }
    }

    @Override
    public void idle()
    {
        if (spins < SPINS)
        {
            spins++;
            Thread.onSpinWait();
        }
        else if (yields < YIELDS)
        {
            yields++;
            Thread.yield();
        }
        else
        {
            parked = Thread.currentThread();
            if (!hasWork.getAsBoolean())
            {
                LockSupport.parkNanos(parkNanos);
            }
            parked = null;
            parkNanos = Math.min(parkNanos << 1, MAX_PARK_NANOS);
        }
    }

    @Override
    public void reset()
    {
        spins = 0;
        yields = 0;
        parkNanos = MIN_PARK_NANOS;
    }

    @Override
    public String alias()
    {
        return "doorbell";
    }
}
