package dev.kairos.solver.command;

import dev.kairos.solver.domain.Role;

/**
 * Create or replace an API key. Only the key's SHA-256 (hex) is journaled, never the key itself.
 */
public record PutApiKey(long at, String keyId, String name, String sha256, Role role) implements Command
{
}
