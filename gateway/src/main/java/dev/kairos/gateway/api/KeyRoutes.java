package dev.kairos.gateway.api;

import dev.kairos.gateway.http.Authenticator;
import dev.kairos.gateway.http.Exchange.Reply;
import dev.kairos.gateway.http.Json;
import dev.kairos.gateway.http.Problem;
import dev.kairos.gateway.http.Router;
import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.command.RevokeApiKey;
import dev.kairos.solver.command.SetKeyLimits;
import dev.kairos.solver.domain.Role;
import dev.kairos.solver.state.ApiKey;
import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.HttpMethod;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /v1/api-keys}: an admin creates keys (the secret is in the 201 and nowhere else: only its
 * SHA-256 is journaled), lists and reads them without secrets, and revokes them (journaled; the key
 * stops working with that record).
 */
public final class KeyRoutes
{
    /** 256 random bits per key. */
    private static final int KEY_BYTES = 32;
    private static final int MAX_REGIONS = 50;
    private static final double MAX_LIMIT = 1e9;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyRoutes()
    {
    }

    public static Router register(final Router router)
    {
        final Set<Role> admin = EnumSet.of(Role.ADMIN);
        router.add(HttpMethod.POST, "/v1/api-keys", admin, exchange ->
        {
            final String secret = newSecret();
            exchange.answerIsSecret();
            final PutApiKey put = decode(Json.read(exchange.body()), newId(), Authenticator.sha256(secret), exchange.receivedAt());
            exchange.submit(put, applied ->
            {
                final Map<String, Object> view = view((ApiKey)applied.entity());
                if (!applied.replayed())
                {
                    // Shown once: a retry answered from the journal has no way (and no business) to show it again.
                    view.put("key", secret);
                }
                return Reply.of(201, view);
            });
        });
        router.add(HttpMethod.GET, "/v1/api-keys", admin, exchange -> exchange.query(
            state -> state.apiKeys().stream().sorted(Comparator.comparing(ApiKey::id)).toList(),
            keys -> Reply.of(200, Map.of("keys", keys.stream().map(KeyRoutes::view).toList()))));
        router.add(HttpMethod.GET, "/v1/api-keys/{id}", admin, exchange ->
        {
            final String id = exchange.id("id");
            exchange.query(state -> state.apiKey(id), key -> key == null ?
                Reply.of(Problem.notFound("no API key " + id)) : Reply.of(200, view(key)));
        });
        router.add(HttpMethod.PATCH, "/v1/api-keys/{id}", admin, exchange -> exchange.submit(
            limits(Json.read(exchange.body()), exchange.id("id"), exchange.receivedAt()),
            applied -> Reply.of(200, view((ApiKey)applied.entity()))));
        router.add(HttpMethod.DELETE, "/v1/api-keys/{id}", admin, exchange -> exchange.submit(
            new RevokeApiKey(exchange.receivedAt(), exchange.id("id")), applied -> Reply.of(200, view((ApiKey)applied.entity()))));
        return router;
    }

    static PutApiKey decode(final JsonNode body, final String id, final String sha256, final long at)
    {
        final Fields fields = Fields.of(body, Set.of("name", "role", "engineerId", "regions", "rateLimit", "rateBurst"));
        final String name = fields.text("name", true, 100);
        final String roleText = fields.text("role", true, 20);
        Role role = null;
        if (roleText != null)
        {
            try
            {
                role = Role.valueOf(roleText.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            }
            catch (final IllegalArgumentException ex)
            {
                fields.error("role", roleText, "must be one of " + List.of(Role.values()));
            }
        }
        final String engineerId = fields.text("engineerId", role == Role.ENGINEER, 64);
        if (engineerId != null && role != null && role != Role.ENGINEER)
        {
            fields.error("engineerId", engineerId, "only an ENGINEER key has an engineer");
        }
        else if (engineerId != null && !engineerId.matches("[A-Za-z0-9._:-]{1,64}"))
        {
            fields.error("engineerId", engineerId, "must be an id of letters, digits and . _ : -");
        }
        final List<String> regions = new ArrayList<>();
        final List<JsonNode> array = fields.array("regions", MAX_REGIONS);
        for (int i = 0; array != null && i < array.size(); i++)
        {
            final JsonNode region = array.get(i);
            if (!region.isTextual() || region.asText().isBlank() || region.asText().length() > 64)
            {
                fields.error("regions[" + i + "]", region, "must be a region name of 1 to 64 characters");
            }
            else
            {
                regions.add(region.asText());
            }
        }
        final double rate = limit(fields, "rateLimit");
        final double burst = limit(fields, "rateBurst");
        fields.throwIfInvalid();
        return new PutApiKey(at, id, name, sha256, role, engineerId, regions, rate, burst);
    }

    /** A PATCH of a key's own rate limits: each given field replaces it, {@code null} returns it to the server's default. */
    static SetKeyLimits limits(final JsonNode body, final String id, final long at)
    {
        final Fields fields = Fields.of(body, Set.of("rateLimit", "rateBurst"));
        final boolean rateGiven = fields.raw("rateLimit") != null;
        final boolean burstGiven = fields.raw("rateBurst") != null;
        if (!rateGiven && !burstGiven)
        {
            fields.error("rateLimit", null, "give rateLimit or rateBurst (or both); null returns one to the server's default");
        }
        final double rate = limit(fields, "rateLimit");
        final double burst = limit(fields, "rateBurst");
        fields.throwIfInvalid();
        return new SetKeyLimits(at, id, rateGiven ? rate : SetKeyLimits.KEEP, burstGiven ? burst : SetKeyLimits.KEEP);
    }

    /** Requests a second above 0, or a burst of at least 1, up to MAX_LIMIT; absent or null is the server's default (0). */
    private static double limit(final Fields fields, final String name)
    {
        if (!fields.has(name))
        {
            return ApiKey.DEFAULT_LIMIT;
        }
        final double value = fields.number(name, name.equals("rateBurst") ? 1 : Double.MIN_VALUE, MAX_LIMIT);
        return Double.isNaN(value) ? ApiKey.DEFAULT_LIMIT : value;
    }

    /** A key as the API shows it: never its secret nor its hash. */
    static Map<String, Object> view(final ApiKey key)
    {
        final Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", key.id());
        view.put("name", key.name());
        view.put("role", key.role());
        if (key.engineerId() != null)
        {
            view.put("engineerId", key.engineerId());
        }
        view.put("regions", key.regions());
        if (key.rateLimit() != ApiKey.DEFAULT_LIMIT)
        {
            view.put("rateLimit", key.rateLimit());
        }
        if (key.rateBurst() != ApiKey.DEFAULT_LIMIT)
        {
            view.put("rateBurst", key.rateBurst());
        }
        view.put("createdAt", Views.time(key.createdAt()));
        view.put("revoked", key.revoked());
        if (key.revoked())
        {
            view.put("revokedAt", Views.time(key.revokedAt()));
        }
        return view;
    }

    /** A new key: {@code kairos_} and 256 random bits, URL-safe, so a leaked key is recognisable in a scan. */
    public static String newSecret()
    {
        final byte[] random = new byte[KEY_BYTES];
        RANDOM.nextBytes(random);
        return "kairos_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String newId()
    {
        final byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return "key-" + HexFormat.of().formatHex(random);
    }
}
