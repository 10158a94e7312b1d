package dev.kairos.solver.state;

import dev.kairos.solver.domain.Role;

import java.util.List;

/**
 * An API key as stored: its SHA-256 only. {@code engineerId} is the engineer an ENGINEER key acts
 * as; {@code regions} (empty = all) the ticket regions the key may see; {@code revokedAt} the
 * engine time it was revoked, {@link #ACTIVE} while it works.
 */
public record ApiKey(String id, String name, String sha256, Role role, String engineerId, List<String> regions,
                     long createdAt, long updatedAt, long revokedAt)
{
    public static final long ACTIVE = Long.MIN_VALUE;

    public ApiKey
    {
        regions = List.copyOf(regions);
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
