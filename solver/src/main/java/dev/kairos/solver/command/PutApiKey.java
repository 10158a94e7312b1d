package dev.kairos.solver.command;

import dev.kairos.solver.domain.Role;

import java.util.List;

/**
 * Create or replace an API key. Only the key's SHA-256 (hex) is journaled, never the key itself.
 * {@code engineerId} ties an ENGINEER key to its engineer (null otherwise); {@code regions}, when
 * not empty, limits the key to tickets in those regions; {@code rateLimit} and {@code rateBurst}
 * are the key's own rate limits, 0 for the server's default.
 */
public record PutApiKey(long at, String keyId, String name, String sha256, Role role, String engineerId, List<String> regions,
                        double rateLimit, double rateBurst)
    implements Command
{
    public PutApiKey
    {
        regions = List.copyOf(regions);
    }

    /** A key with the server's default rate limits. */
    public PutApiKey(final long at, final String keyId, final String name, final String sha256, final Role role,
                     final String engineerId, final List<String> regions)
    {
        this(at, keyId, name, sha256, role, engineerId, regions, 0, 0);
    }

    /** An unscoped key, as journal version 1 (tag 8) wrote them. */
    public PutApiKey(final long at, final String keyId, final String name, final String sha256, final Role role)
    {
        this(at, keyId, name, sha256, role, null, List.of());
    }

    public boolean hasOwnLimits()
    {
        return rateLimit != 0 || rateBurst != 0;
    }
}
