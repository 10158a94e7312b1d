package dev.kairos.solver.engine;

import org.agrona.DeadlineTimerWheel;
import org.agrona.collections.Long2ObjectHashMap;
import org.agrona.collections.LongArrayList;
import org.agrona.collections.LongHashSet;
import org.agrona.collections.ObjectHashSet;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Which tickets wait for which instant, on an Agrona {@link DeadlineTimerWheel}: one wheel timer
 * per second (a {@link #TICK_MILLIS} bucket of instants) that anyone waits in, set for the earliest
 * instant waited for in it. Nothing here scans tickets; expiring costs the wheel's ticks between
 * polls and, per bucket that comes due, a look at its instants.
 * <p>
 * One timer per <em>instant</em> at most, not per ticket: business calendars make deadlines
 * coincide (every ticket opened over a weekend reaches 50 % at the same Monday minute), and the
 * wheel grows every spoke to the size of the fullest, so 100,000 timers on one instant would cost a
 * gigabyte. One timer per <em>bucket</em>, not per instant: under load hundreds of tickets a second
 * are created, each with its own millisecond deadlines, and one timer per instant grew every spoke
 * to hundreds of slots: the wheel doubled on the engine thread up to tens of MiB (humongous arrays
 * for G1, a copy per doubling inside some request's latency). When the last instant leaves a
 * bucket its timer is cancelled, so rescheduling never leaves stale timers behind.
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

    /** Who waits for an instant: one ticket id, or a set of them. */
    private static final class Waiting
    {
        private Object tickets;

        private Waiting(final String ticketId)
        {
            this.tickets = ticketId;
        }
    }

    /** The instants waited for within one {@link #TICK_MILLIS}, and the wheel timer set for the earliest (or earlier). */
    private static final class Bucket
    {
        private final LongHashSet instants = new LongHashSet();
        private long timerId;
        private long timerDeadline;
    }

    private final DeadlineTimerWheel wheel;
    private final Long2ObjectHashMap<Waiting> waiting = new Long2ObjectHashMap<>();
    private final Long2ObjectHashMap<Bucket> buckets = new Long2ObjectHashMap<>();
    private final LongArrayList dueInstants = new LongArrayList();
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
            waiting.put(deadline, new Waiting(ticketId));
            addInstant(deadline);
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
            removeInstant(deadline);
        }
    }

    private void addInstant(final long deadline)
    {
        final long key = Math.floorDiv(deadline, TICK_MILLIS);
        Bucket bucket = buckets.get(key);
        if (bucket == null)
        {
            bucket = new Bucket();
            buckets.put(key, bucket);
            schedule(bucket, deadline);
        }
        else if (deadline < bucket.timerDeadline)
        {
            wheel.cancelTimer(bucket.timerId);
            schedule(bucket, deadline);
        }
        bucket.instants.add(deadline);
    }

    /** Its bucket's timer may now be early; it then finds nothing due and is set again for the earliest left. */
    private void removeInstant(final long deadline)
    {
        final long key = Math.floorDiv(deadline, TICK_MILLIS);
        final Bucket bucket = buckets.get(key);
        bucket.instants.remove(deadline);
        if (bucket.instants.isEmpty())
        {
            wheel.cancelTimer(bucket.timerId);
            buckets.remove(key);
        }
    }

    private void schedule(final Bucket bucket, final long deadline)
    {
        bucket.timerId = wheel.scheduleTimer(deadline);
        bucket.timerDeadline = deadline;
    }

    /** Hands over (and forgets) every ticket waiting for an instant at or before {@code now}, in no set order. */
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
            final long key = Math.floorDiv(wheel.deadline(expiredTimer), TICK_MILLIS);
            wheel.cancelTimer(expiredTimer);
            final Bucket bucket = buckets.get(key);
            dueInstants.clear();
            long earliestLeft = Long.MAX_VALUE;
            for (final LongHashSet.LongIterator it = bucket.instants.iterator(); it.hasNext(); )
            {
                final long instant = it.nextValue();
                if (instant <= now)
                {
                    dueInstants.addLong(instant);
                }
                else
                {
                    earliestLeft = Math.min(earliestLeft, instant);
                }
            }
            for (int i = 0; i < dueInstants.size(); i++)
            {
                final long instant = dueInstants.getLong(i);
                bucket.instants.remove(instant);
                handOver(waiting.remove(instant), due);
            }
            if (bucket.instants.isEmpty())
            {
                buckets.remove(key);
            }
            else
            {
                schedule(bucket, earliestLeft);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void handOver(final Waiting instant, final Consumer<String> due)
    {
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

    /** Distinct instants somebody waits for. */
    int instants()
    {
        return waiting.size();
    }

    /** Seconds ({@link #TICK_MILLIS}) in which somebody waits for an instant. */
    int buckets()
    {
        return buckets.size();
    }

    /** Timers in the wheel: one per bucket. */
    long wheelTimers()
    {
        return wheel.timerCount();
    }
}
