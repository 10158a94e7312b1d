package dev.kairos.gateway.http;

import dev.kairos.solver.state.Idempotency;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The gateway's memory of idempotent requests: which are in flight (a retry meanwhile gets 409)
 * and the exact bytes each successful one was answered with (a retry gets them again). Live state
 * keeps the journaled part (which request each key was used for, and what it made), so when this
 * memory lacks an entry (after a restart, or evicted) the engine still deduplicates. Any thread.
 */
public final class IdempotencyCache
{
    /** Beyond this many answers the oldest are forgotten here (the engine still remembers them). */
    static final int MAX_ENTRIES = 100_000;

    /** A claimed key: in flight until {@code status} is set. */
    record Slot(String requestHash, long at, int status, String contentType, byte[] body)
    {
        boolean inFlight()
        {
            return body == null;
        }
    }

    /** What to do with a request that carries an idempotency key. */
    public sealed interface Claim
    {
    }

    /** This request holds the key now: run it, then {@link #complete} or {@link #release}. */
    public record Claimed(String id) implements Claim
    {
    }

    /** An earlier request under the key: in flight, answered (replay {@code slot}), or a different request. */
    public record Earlier(Slot slot, boolean sameRequest) implements Claim
    {
    }

    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> order = new ConcurrentLinkedQueue<>();

    /** Claims the key for this request, unless an earlier request (within the retention, by engine time) holds it. */
    public Claim claim(final String keyId, final String idempotencyKey, final String requestHash, final long now)
    {
        final String id = keyId + '\u001f' + idempotencyKey;
        final Slot mine = new Slot(requestHash, now, 0, null, null);
        while (true)
        {
            final Slot earlier = slots.putIfAbsent(id, mine);
            if (earlier == null)
            {
                order.add(id);
                trim(now);
                return new Claimed(id);
            }
            if (earlier.at() + Idempotency.RETENTION_MILLIS > now)
            {
                return new Earlier(earlier, earlier.requestHash().equals(requestHash));
            }
            slots.remove(id, earlier);
        }
    }

    /** Remembers the answer of a claimed request. */
    public void complete(final String id, final int status, final String contentType, final byte[] body)
    {
        slots.computeIfPresent(id, (key, slot) -> new Slot(slot.requestHash(), slot.at(), status, contentType, body));
    }

    /** Lets the key go: the request failed without being journaled, so a retry may run it. */
    public void release(final String id)
    {
        slots.computeIfPresent(id, (key, slot) -> slot.inFlight() ? null : slot);
    }

    int size()
    {
        return slots.size();
    }

    /** Drops expired and, past the cap, the oldest answers; never a request still in flight. */
    private void trim(final long now)
    {
        final Iterator<String> oldest = order.iterator();
        while (oldest.hasNext() && slots.size() > 0)
        {
            final String id = oldest.next();
            final Slot slot = slots.get(id);
            if (slot == null)
            {
                oldest.remove();
                continue;
            }
            if (slot.inFlight() || slot.at() + Idempotency.RETENTION_MILLIS > now && slots.size() <= MAX_ENTRIES)
            {
                return;
            }
            slots.remove(id, slot);
            oldest.remove();
        }
    }
}
