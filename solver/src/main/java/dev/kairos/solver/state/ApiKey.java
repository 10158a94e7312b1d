package dev.kairos.solver.state;

import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.command.SetKeyLimits;
import dev.kairos.solver.domain.Role;

import java.util.List;

/**
 * An API key as stored: its SHA-256 only. {@code engineerId} is the engineer an ENGINEER key acts
 * as; {@code regions} (empty = all) the ticket regions the key may see; {@code revokedAt} the
 * engine time it was revoked, {@link #ACTIVE} while it works. {@code rateLimit} (requests a second)
 * and {@code rateBurst} are this key's own limits; 0 leaves the server's default (a load test's key
 * can be lifted above it, a noisy integration's held below it, without a restart).
 */
public record ApiKey(String id, String name, String sha256, Role role, String engineerId, List<String> regions,
                     long createdAt, long updatedAt, long revokedAt, double rateLimit, double rateBurst)
{
    public static final long ACTIVE = Long.MIN_VALUE;
    /** A limit left to the server's {@code --rate-limit} / {@code --rate-burst}. */
    public static final double DEFAULT_LIMIT = 0;

    public ApiKey
    {
        regions = List.copyOf(regions);
    }

    /** A key with the server's default limits. */
    public ApiKey(final String id, final String name, final String sha256, final Role role, final String engineerId,
                  final List<String> regions, final long createdAt, final long updatedAt, final long revokedAt)
    {
        this(id, name, sha256, role, engineerId, regions, createdAt, updatedAt, revokedAt, DEFAULT_LIMIT, DEFAULT_LIMIT);
    }

    /** The key a {@link PutApiKey} makes: a new one, or {@code old} replaced (keeping when it was created). */
    static ApiKey put(final PutApiKey c, final ApiKey old, final long at)
    {
        return new ApiKey(c.keyId(), c.name(), c.sha256(), c.role(), c.engineerId(), c.regions(),
            old == null ? at : old.createdAt(), at, ACTIVE, c.rateLimit(), c.rateBurst());
    }

    ApiKey revoke(final long at)
    {
        return new ApiKey(id, name, sha256, role, engineerId, regions, createdAt, at, at, rateLimit, rateBurst);
    }

    ApiKey withLimits(final double rate, final double burst, final long at)
    {
        return new ApiKey(id, name, sha256, role, engineerId, regions, createdAt, at, revokedAt,
            rate == SetKeyLimits.KEEP ? rateLimit : rate, burst == SetKeyLimits.KEEP ? rateBurst : burst);
    }

    public boolean revoked()
    {
        return revokedAt != ACTIVE;
    }

    /** Whether a ticket in {@code region} is within this key's regions (an unscoped key sees all). */
    public boolean seesRegion(final String region)
    {
        return regions.isEmpty() || region != null && regions.stream().anyMatch(r -> r.equalsIgnoreCase(region));
    }
}
