package dev.kairos.solver.state;

import dev.kairos.solver.domain.Role;

/** An API key as stored: its SHA-256 only. */
public record ApiKey(String id, String name, String sha256, Role role, long updatedAt)
{
}
