package dev.kairos.solver.engine;

import dev.kairos.solver.command.RevokeApiKey;
import dev.kairos.solver.command.SetKeyLimits;
import dev.kairos.solver.domain.Role;
import dev.kairos.solver.engine.Outcome.Refusal;
import dev.kairos.solver.engine.Outcome.Refused;
import dev.kairos.solver.state.ApiKey;
import dev.kairos.solver.state.LiveState;

/** Refusals for API key commands. */
final class KeyDecisions
{
    private KeyDecisions()
    {
    }

    static Refused refusal(final LiveState state, final SetKeyLimits limits)
    {
        final ApiKey key = state.apiKey(limits.keyId());
        if (key == null)
        {
            return new Refused(Refusal.NOT_FOUND, "no API key " + limits.keyId());
        }
        return key.revoked() ? new Refused(Refusal.CONFLICT, "API key " + limits.keyId() + " is revoked") : null;
    }

    static Refused refusal(final LiveState state, final RevokeApiKey revoke)
    {
        final ApiKey key = state.apiKey(revoke.keyId());
        if (key == null)
        {
            return new Refused(Refusal.NOT_FOUND, "no API key " + revoke.keyId());
        }
        if (key.revoked())
        {
            return new Refused(Refusal.CONFLICT, "API key " + revoke.keyId() + " is already revoked");
        }
        if (key.role() == Role.ADMIN && key.regions().isEmpty() && state.apiKeys().stream()
            .noneMatch(other -> other != key && !other.revoked() && other.role() == Role.ADMIN && other.regions().isEmpty()))
        {
            // Nobody could create keys any more, short of a restart with --admin-key.
            return new Refused(Refusal.CONFLICT, "API key " + revoke.keyId() + " is the last unscoped admin key");
        }
        return null;
    }
}
