package dev.kairos.gateway.http;

import dev.kairos.solver.state.ApiKey;
import dev.kairos.solver.state.KeyDirectory;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Finds the API key behind an {@code Authorization: Bearer} header. Keys are stored as SHA-256
 * only, so a lookup by hash needs no constant-time comparison. Any thread.
 */
public final class Authenticator
{
    private static final String BEARER = "Bearer ";
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Authenticator::newSha256);

    /** Most callers send the same few keys: their hashes, so a request costs a map lookup, not a digest. */
    private static final int REMEMBERED = 256;

    private final KeyDirectory keys;
    /** Tokens of keys that were found, to their hashes; unknown tokens are never kept, so a stranger cannot fill it. */
    private final java.util.concurrent.ConcurrentHashMap<String, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();

    public Authenticator(final KeyDirectory keys)
    {
        this.keys = keys;
    }

    /** The key, or a 401 problem saying what was wrong. */
    public ApiKey authenticate(final HttpHeaders headers)
    {
        final String header = headers.get(HttpHeaderNames.AUTHORIZATION);
        if (header == null)
        {
            throw new ProblemException(Problem.unauthorized("send an API key as 'Authorization: Bearer <key>'"));
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || header.length() == BEARER.length())
        {
            throw new ProblemException(Problem.unauthorized("the Authorization header must be 'Bearer <key>'"));
        }
        final ApiKey key = find(header.substring(BEARER.length()).trim());
        if (key == null)
        {
            throw new ProblemException(Problem.unauthorized("unknown API key"));
        }
        return key;
    }

    /** The key a bearer token names, or null. */
    public ApiKey find(final String token)
    {
        final String known = hashes.get(token);
        final String hash = known != null ? known : sha256(token);
        // Looked up every time, so a revoked or changed key takes effect at once; only the hash is remembered.
        final ApiKey key = keys.find(hash);
        if (key != null && known == null)
        {
            remember(token, hash);
        }
        return key;
    }

    private void remember(final String token, final String hash)
    {
        if (hashes.size() >= REMEMBERED)
        {
            hashes.clear();
        }
        hashes.put(token, hash);
    }

    /** Lower-case hex SHA-256 of a key: what the journal stores. */
    public static String sha256(final String key)
    {
        final MessageDigest digest = SHA256.get();
        digest.reset();
        return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest newSha256()
    {
        try
        {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("every JDK has SHA-256", ex);
        }
    }
}
