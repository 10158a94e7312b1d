package dev.kairos.solver.command;

/** Revoke an API key: from this record on, it authenticates nothing. The key stays listed, revoked. */
public record RevokeApiKey(long at, String keyId) implements Command
{
}
