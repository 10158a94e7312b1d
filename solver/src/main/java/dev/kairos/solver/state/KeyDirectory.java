package dev.kairos.solver.state;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Active (not revoked) API keys by their SHA-256, republished as a fresh immutable map whenever a key changes. The
 * engine thread publishes; gateway threads look up without a hop to the engine.
 */
public final class KeyDirectory
{
    private volatile Map<String, ApiKey> bySha256 = Map.of();

    void publish(final Collection<ApiKey> keys)
    {
        final Map<String, ApiKey> next = new HashMap<>();
        for (final ApiKey key : keys)
        {
            if (!key.revoked())
            {
                next.put(key.sha256(), key);
            }
        }
        bySha256 = Map.copyOf(next);
    }

    /** The key whose SHA-256 (lower-case hex) this is, or null. Any thread. */
    public ApiKey find(final String sha256)
    {
        return bySha256.get(sha256);
    }

    public boolean isEmpty()
    {
        return bySha256.isEmpty();
    }
}
