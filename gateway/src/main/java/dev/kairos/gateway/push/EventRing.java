package dev.kairos.gateway.push;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The most recent events in journal order, numbered by a dense sequence of their own (a record
 * makes zero or more events, so positions are not dense here). One writer adds; any number of
 * readers follow at their own pace without locks: a reader that falls more than the capacity
 * behind finds its next event overwritten ({@link #get} returns null) and knows it has lost
 * events.
 * <p>
 * {@link #publish} from the tail thread only; everything else from any thread.
 */
final class EventRing
{
    private record Slot(long sequence, Event event)
    {
    }

    private final AtomicReferenceArray<Slot> slots;
    private final int mask;
    private volatile long head;
    private volatile long coveredAfter;

    EventRing(final int capacity)
    {
        if (Integer.bitCount(capacity) != 1)
        {
            throw new IllegalArgumentException("ring capacity must be a power of two, was " + capacity);
        }
        slots = new AtomicReferenceArray<>(capacity);
        mask = capacity - 1;
    }

    int capacity()
    {
        return mask + 1;
    }

    /**
     * Adds one record's events. The head moves once, after all of them, so no reader ever sees part
     * of a position. Tail thread only.
     */
    void publish(final List<Event> events)
    {
        long sequence = head;
        for (final Event event : events)
        {
            final int index = (int)(sequence & mask);
            final Slot evicted = slots.get(index);
            if (evicted != null)
            {
                // Before the slot is reused: a resume at or after this position no longer finds all it needs here.
                coveredAfter = evicted.event().position();
            }
            slots.set(index, new Slot(sequence, event));
            sequence++;
        }
        head = sequence;
    }

    /**
     * Records up to this position were taken in without publishing their events (the tail's quiet
     * start): the ring cannot serve a resume from before it. Tail thread only.
     */
    void skipped(final long position)
    {
        coveredAfter = Math.max(coveredAfter, position);
    }

    /** Sequence number the next event will get: events {@code [head - capacity, head)} may be read. */
    long head()
    {
        return head;
    }

    /**
     * Every event with a position after this one is still here (or not yet published); events of
     * this position and before may have been overwritten. 0 until the ring first wraps.
     */
    long coveredAfter()
    {
        return coveredAfter;
    }

    /** The event with this sequence number, or null when it is not published yet or already overwritten. */
    Event get(final long sequence)
    {
        if (sequence < 0 || sequence >= head)
        {
            return null;
        }
        final Slot slot = slots.get((int)(sequence & mask));
        return slot != null && slot.sequence() == sequence ? slot.event() : null;
    }

    /**
     * The sequence number of the first event with a position after {@code position} ({@link #head}
     * when there is none yet), or -1 when some of those events are already overwritten.
     */
    long firstAfter(final long position)
    {
        if (position < coveredAfter)
        {
            return -1;
        }
        final long end = head;
        long low = Math.max(0, end - capacity());
        long high = end;
        while (low < high)
        {
            final long middle = (low + high) >>> 1;
            final Event event = get(middle);
            if (event == null)
            {
                low = middle + 1;
            }
            else if (event.position() <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        // Overwrites during the search move coveredAfter first: checking it again catches them.
        return position < coveredAfter ? -1 : low;
    }
}
