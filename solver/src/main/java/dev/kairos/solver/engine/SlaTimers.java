package dev.kairos.solver.engine;

import org.agrona.DeadlineTimerWheel;
import org.agrona.collections.Long2ObjectHashMap;
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

    /**
     * The instants waited for within one {@link #TICK_MILLIS}, sorted, each with who waits for it
     * (one ticket id, or a set of them), and the wheel timer set for the earliest (or earlier).
     * Two parallel arrays rather than a set of instants and an object per instant: a million
     * spread timers are about 250,000 buckets of four, and the per-instant objects and per-bucket
     * hash sets were two thirds of the index's heap. Sorted, because under load a second's
     * instants arrive in order (appends) and expiry takes a prefix.
     */
    private static final class Bucket
    {
        private long[] instants = new long[2];
        private Object[] tickets = new Object[2];
        private int size;
        private long timerId;
        private long timerDeadline;

        private int find(final long instant)
        {
            return java.util.Arrays.binarySearch(instants, 0, size, instant);
        }

        private void insert(final int at, final long instant, final String ticketId)
        {
            if (size == instants.length)
            {
                instants = java.util.Arrays.copyOf(instants, size * 2);
                tickets = java.util.Arrays.copyOf(tickets, size * 2);
            }
            System.arraycopy(instants, at, instants, at + 1, size - at);
            System.arraycopy(tickets, at, tickets, at + 1, size - at);
            instants[at] = instant;
            tickets[at] = ticketId;
            size++;
        }

        /** Drops {@code count} instants from {@code at} on. */
        private void removeAt(final int at, final int count)
        {
            System.arraycopy(instants, at + count, instants, at, size - at - count);
            System.arraycopy(tickets, at + count, tickets, at, size - at - count);
            java.util.Arrays.fill(tickets, size - count, size, null);
            size -= count;
        }
    }

    private final DeadlineTimerWheel wheel;
    private final Long2ObjectHashMap<Bucket> buckets = new Long2ObjectHashMap<>();
    private int instantCount;
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
        final long key = Math.floorDiv(deadline, TICK_MILLIS);
        Bucket bucket = buckets.get(key);
        if (bucket == null)
        {
            bucket = new Bucket();
            buckets.put(key, bucket);
            bucket.insert(0, deadline, ticketId);
            instantCount++;
            schedule(bucket, deadline);
            return;
        }
        final int at = bucket.find(deadline);
        if (at < 0)
        {
            bucket.insert(-at - 1, deadline, ticketId);
            instantCount++;
            if (deadline < bucket.timerDeadline)
            {
                wheel.cancelTimer(bucket.timerId);
                schedule(bucket, deadline);
            }
        }
        else if (bucket.tickets[at] instanceof final String one)
        {
            if (!one.equals(ticketId))
            {
                final ObjectHashSet<String> several = new ObjectHashSet<>(4);
                several.add(one);
                several.add(ticketId);
                bucket.tickets[at] = several;
            }
        }
        else
        {
            ((ObjectHashSet<String>)bucket.tickets[at]).add(ticketId);
        }
    }

    /**
     * {@code ticketId} no longer waits for {@code deadline}; nothing happens if it did not. Its
     * bucket's timer may now be early; it then finds nothing due and is set again for the earliest left.
     */
    @SuppressWarnings("unchecked")
    void remove(final String ticketId, final long deadline)
    {
        final long key = Math.floorDiv(deadline, TICK_MILLIS);
        final Bucket bucket = buckets.get(key);
        final int at = bucket == null ? -1 : bucket.find(deadline);
        if (at < 0)
        {
            return;
        }
        final boolean empty;
        if (bucket.tickets[at] instanceof final String one)
        {
            empty = one.equals(ticketId);
        }
        else
        {
            final ObjectHashSet<String> several = (ObjectHashSet<String>)bucket.tickets[at];
            several.remove(ticketId);
            empty = several.isEmpty();
        }
        if (empty)
        {
            bucket.removeAt(at, 1);
            instantCount--;
            if (bucket.size == 0)
            {
                wheel.cancelTimer(bucket.timerId);
                buckets.remove(key);
            }
        }
    }

    private void schedule(final Bucket bucket, final long deadline)
    {
        bucket.timerId = wheel.scheduleTimer(deadline);
        bucket.timerDeadline = deadline;
    }

    /** Hands over (and forgets) every ticket waiting for an instant at or before {@code now}, in order of instant. */
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
            int dueCount = 0;
            while (dueCount < bucket.size && bucket.instants[dueCount] <= now)
            {
                handOver(bucket.tickets[dueCount], due);
                dueCount++;
            }
            bucket.removeAt(0, dueCount);
            instantCount -= dueCount;
            if (bucket.size == 0)
            {
                buckets.remove(key);
            }
            else
            {
                schedule(bucket, bucket.instants[0]);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void handOver(final Object tickets, final Consumer<String> due)
    {
        if (tickets instanceof final String one)
        {
            due.accept(one);
        }
        else
        {
            for (final String ticketId : (ObjectHashSet<String>)tickets)
            {
                due.accept(ticketId);
            }
        }
    }

    /** Distinct instants somebody waits for. */
    int instants()
    {
        return instantCount;
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
