package dev.kairos.gateway.push;

import dev.kairos.gateway.http.Authenticator;
import dev.kairos.solver.state.ApiKey;
import dev.kairos.solver.state.KeyDirectory;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens that let a browser open the stream, which cannot set an Authorization header on a
 * WebSocket: 256 random bits, good once, for the stream only, for a short while (wall time), held
 * in memory as SHA-256 only. A token acts with the rights of the key that asked for it, and dies
 * with it. Any thread.
 */
final class StreamTokens
{
    /** A token to hand out, and when (epoch milliseconds, wall time) it expires. */
    record Issued(String token, long expiresAt)
    {
    }

    private record Grant(ApiKey key, long expiresAt)
    {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> bySha256 = new ConcurrentHashMap<>();
    private final InstantSource wallClock;
    private final long ttlMillis;
    private final int maxTokens;

    StreamTokens(final InstantSource wallClock, final Duration ttl, final int maxTokens)
    {
        this.wallClock = wallClock;
        this.ttlMillis = ttl.toMillis();
        this.maxTokens = maxTokens;
    }

    /** A fresh token for this key; null when too many are outstanding even after dropping the expired. */
    Issued issue(final ApiKey key)
    {
        final long now = wallClock.millis();
        if (bySha256.size() >= maxTokens)
        {
            bySha256.values().removeIf(grant -> grant.expiresAt() <= now);
            if (bySha256.size() >= maxTokens)
            {
                return null;
            }
        }
        final byte[] bits = new byte[32];
        random.nextBytes(bits);
        final String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        final Issued issued = new Issued(token, now + ttlMillis);
        bySha256.put(Authenticator.sha256(token), new Grant(key, issued.expiresAt()));
        return issued;
    }

    /** The key behind a token, used up by this call; null for a token unknown, used, expired, or whose key is gone. */
    ApiKey redeem(final String token, final KeyDirectory keys)
    {
        final Grant grant = bySha256.remove(Authenticator.sha256(token));
        if (grant == null || wallClock.millis() >= grant.expiresAt())
        {
            return null;
        }
        return keys.find(grant.key().sha256());
    }
}
