package dev.kairos.solver.engine;

import org.agrona.DeadlineTimerWheel;
import org.agrona.collections.Long2ObjectHashMap;
import org.agrona.collections.ObjectHashSet;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Which tickets wait for which instant, on an Agrona {@link DeadlineTimerWheel}: one wheel timer
 * per distinct instant, with the tickets waiting for it. Nothing here scans tickets; expiring
 * costs the wheel's ticks between polls.
 * <p>
 * One timer per <em>instant</em>, not per ticket: business calendars make deadlines coincide
 * (every ticket opened over a weekend reaches 50 % at the same Monday minute), and the wheel
 * grows every spoke to the size of the fullest, so 100,000 timers on one instant would cost a
 * gigabyte; as one timer they cost one slot. When the last ticket leaves an instant its timer is
 * cancelled, so rescheduling never leaves stale timers behind.
 * <p>
 * Engine thread only.
 */
final class SlaTimers
{
    /** About a second (a power of two, as the wheel needs): SLA moments are minutes apart and fire within a tick. */
    static final long TICK_MILLIS = 1024;
    /**
     * 16,384 ticks, about 4.7 hours a turn. Scheduling scans a spoke for a free slot, so fewer
     * timers per spoke schedule faster: a million open tickets spread to about 60 a spoke, twice
     * as fast as with 4,096 ticks for the same memory (the wheel starts at 2 MiB).
     */
    static final int TICKS_PER_WHEEL = 16_384;
    private static final long NONE = -1;

    /** The wheel timer of an instant, and who waits for it: one ticket id, or a set of them. */
    private static final class Waiting
    {
        private final long timerId;
        private Object tickets;

        private Waiting(final long timerId, final String ticketId)
        {
            this.timerId = timerId;
            this.tickets = ticketId;
        }
    }

    private final DeadlineTimerWheel wheel;
    private final Long2ObjectHashMap<Waiting> waiting = new Long2ObjectHashMap<>();
    private long expiredTimer = NONE;
    // Keeps the timer (returns false) so that its deadline can still be read; the caller cancels it.
    private final DeadlineTimerWheel.TimerHandler peek = (unit, now, timerId) ->
    {
        expiredTimer = timerId;
        return false;
    };

    SlaTimers(final long now)
    {
        wheel = new DeadlineTimerWheel(TimeUnit.MILLISECONDS, now, TICK_MILLIS, TICKS_PER_WHEEL);
    }

    /** {@code ticketId} waits for {@code deadline}; {@link Long#MAX_VALUE} (never) is ignored. */
    @SuppressWarnings("unchecked")
    void add(final String ticketId, final long deadline)
    {
        if (deadline == Long.MAX_VALUE)
        {
            return;
        }
        final Waiting instant = waiting.get(deadline);
        if (instant == null)
        {
            waiting.put(deadline, new Waiting(wheel.scheduleTimer(deadline), ticketId));
        }
        else if (instant.tickets instanceof final String one)
        {
            if (!one.equals(ticketId))
            {
                final ObjectHashSet<String> several = new ObjectHashSet<>(4);
                several.add(one);
                several.add(ticketId);
                instant.tickets = several;
            }
        }
        else
        {
            ((ObjectHashSet<String>)instant.tickets).add(ticketId);
        }
    }

    /** {@code ticketId} no longer waits for {@code deadline}; nothing happens if it did not. */
    @SuppressWarnings("unchecked")
    void remove(final String ticketId, final long deadline)
    {
        final Waiting instant = waiting.get(deadline);
        if (instant == null)
        {
            return;
        }
        final boolean empty;
        if (instant.tickets instanceof final String one)
        {
            empty = one.equals(ticketId);
        }
        else
        {
            final ObjectHashSet<String> several = (ObjectHashSet<String>)instant.tickets;
            several.remove(ticketId);
            empty = several.isEmpty();
        }
        if (empty)
        {
            waiting.remove(deadline);
            wheel.cancelTimer(instant.timerId);
        }
    }

    /** Hands over (and forgets) every ticket waiting for an instant at or before {@code now}, in no set order. */
    @SuppressWarnings("unchecked")
    void expire(final long now, final Consumer<String> due)
    {
        if (wheel.timerCount() == 0)
        {
            if (wheel.currentTickTime() <= now)
            {
                wheel.resetStartTime(now);
            }
            return;
        }
        while (true)
        {
            expiredTimer = NONE;
            final long tick = wheel.currentTickTime();
            wheel.poll(now, peek, 1);
            if (expiredTimer == NONE)
            {
                // A poll that neither expired nor moved on has looked at the whole current tick: done.
                // One that moved on has yet to look at the tick it moved to.
                if (wheel.currentTickTime() == tick)
                {
                    return;
                }
                continue;
            }
            final long deadline = wheel.deadline(expiredTimer);
            wheel.cancelTimer(expiredTimer);
            final Waiting instant = waiting.remove(deadline);
            if (instant.tickets instanceof final String one)
            {
                due.accept(one);
            }
            else
            {
                for (final String ticketId : (ObjectHashSet<String>)instant.tickets)
                {
                    due.accept(ticketId);
                }
            }
        }
    }

    /** Distinct instants somebody waits for. */
    int instants()
    {
        return waiting.size();
    }

    /** Timers in the wheel: one per instant. */
    long wheelTimers()
    {
        return wheel.timerCount();
    }
}
