package dev.kairos.solver.command;

import dev.kairos.solver.domain.Role;

import java.util.List;

/**
 * Create or replace an API key. Only the key's SHA-256 (hex) is journaled, never the key itself.
 * {@code engineerId} ties an ENGINEER key to its engineer (null otherwise); {@code regions}, when
 * not empty, limits the key to tickets in those regions.
 */
public record PutApiKey(long at, String keyId, String name, String sha256, Role role, String engineerId, List<String> regions)
    implements Command
{
    public PutApiKey
    {
        regions = List.copyOf(regions);
    }

    /** An unscoped key, as journal version 1 (tag 8) wrote them. */
    public PutApiKey(final long at, final String keyId, final String name, final String sha256, final Role role)
    {
        this(at, keyId, name, sha256, role, null, List.of());
    }
}
