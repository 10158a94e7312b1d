package dev.kairos.gateway;

import dev.kairos.gateway.http.Authenticator;
import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.domain.Role;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.state.ApiKey;

import java.time.InstantSource;

/** The bootstrap admin key: journaled like any key (its SHA-256 only), set from the command line or made once. */
final class AdminKey
{
    static final String KEY_ID = "admin";

    private AdminKey()
    {
    }

    /**
     * Makes sure the admin key exists: the given one (replacing an older admin key), or the
     * journaled one, or a new random one on first start. Returns the new random key, else null.
     */
    static String ensure(final EngineHost engine, final String given, final InstantSource clock)
    {
        final ApiKey existing = engine.ask(state -> state.apiKey(KEY_ID));
        if (given != null)
        {
            final String sha256 = Authenticator.sha256(given);
            // Constant time, although only hashes meet here: no comparison of key material should leak timing.
            // The same key once revoked stays revoked: a restart with the old command line must not revive it.
            if (existing == null || !java.security.MessageDigest.isEqual(
                sha256.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                existing.sha256().getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
            {
                put(engine, sha256, clock);
            }
            return null;
        }
        if (existing != null)
        {
            return null;
        }
        final String key = generate();
        put(engine, Authenticator.sha256(key), clock);
        return key;
    }

    /** As every key: 256 random bits, URL-safe, prefixed so a leaked key is recognisable in a scan. */
    static String generate()
    {
        return dev.kairos.gateway.api.KeyRoutes.newSecret();
    }

    private static void put(final EngineHost engine, final String sha256, final InstantSource clock)
    {
        final Outcome outcome = engine.call(new PutApiKey(clock.millis(), KEY_ID, "bootstrap admin", sha256, Role.ADMIN));
        if (!(outcome instanceof Outcome.Applied))
        {
            throw new IllegalStateException("could not store the admin key: " + outcome);
        }
    }
}
