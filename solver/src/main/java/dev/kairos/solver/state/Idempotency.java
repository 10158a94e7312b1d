package dev.kairos.solver.state;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Idempotency keys in live state, per API key, kept {@link #RETENTION_MILLIS} of engine time.
 * Entries come from journaled records (the envelope), so a replayed journal remembers them; they
 * are dropped, oldest first, as later idempotent records arrive, the same way in every replay.
 * Engine thread only.
 */
public final class Idempotency
{
    /** 24 hours of engine time. */
    public static final long RETENTION_MILLIS = 24L * 60 * 60 * 1000;

    private final LinkedHashMap<String, IdempotentRequest> byId = new LinkedHashMap<>();

    /** The live entry for this key id and idempotency key as of {@code now}, or null. */
    public IdempotentRequest find(final String keyId, final String idempotencyKey, final long now)
    {
        final IdempotentRequest entry = byId.get(IdempotentRequest.id(keyId, idempotencyKey));
        return entry == null || expired(entry, now) ? null : entry;
    }

    public Collection<IdempotentRequest> all()
    {
        return List.copyOf(byId.values());
    }

    public int size()
    {
        return byId.size();
    }

    void record(final String keyId, final String idempotencyKey, final String requestHash, final long at,
                final long position, final boolean created, final String madeId)
    {
        final Iterator<Map.Entry<String, IdempotentRequest>> oldest = byId.entrySet().iterator();
        while (oldest.hasNext() && expired(oldest.next().getValue(), at))
        {
            oldest.remove();
        }
        final IdempotentRequest entry = new IdempotentRequest(
            IdempotentRequest.id(keyId, idempotencyKey), requestHash, at, position, created, madeId);
        byId.remove(entry.id());
        byId.put(entry.id(), entry);
    }

    void restore(final IdempotentRequest entry)
    {
        byId.put(entry.id(), entry);
    }

    private static boolean expired(final IdempotentRequest entry, final long now)
    {
        return entry.at() + RETENTION_MILLIS <= now;
    }
}
