package dev.kairos.gateway.http;

import dev.kairos.solver.command.Envelope;
import dev.kairos.solver.state.ApiKey;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The {@code Idempotency-Key} header on writes: claims the key for the request, or answers a retry
 * on the spot (the original bytes again, 409 while the original is in flight, 422 when the key was
 * used for a different request). Keys are per API key. Event loop.
 */
final class IdempotencyCheck
{
    static final String HEADER = "Idempotency-Key";
    private static final int MAX_LENGTH = 255;
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    /** How the request goes on: the envelope its commands are journaled with, and its claim on the key. */
    record Admitted(Envelope envelope, Exchange.Idempotent idempotent)
    {
    }

    private final IdempotencyCache cache;
    private final InstantSource clock;
    private final Metrics metrics;

    IdempotencyCheck(final IdempotencyCache cache, final InstantSource clock, final Metrics metrics)
    {
        this.cache = cache;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Null when the request has been answered here (a replay). Throws the 400, 409 and 422 problems. */
    Admitted admit(final ChannelHandlerContext ctx, final FullHttpRequest request, final ApiKey key, final boolean keepAlive,
                   final String route)
    {
        if (key == null)
        {
            return new Admitted(Envelope.NONE, null);
        }
        final String idempotencyKey = request.headers().get(HEADER);
        if (idempotencyKey == null || !WRITES.contains(request.method()))
        {
            return new Admitted(Envelope.by(key.id()), null);
        }
        if (!valid(idempotencyKey))
        {
            throw new ProblemException(Problem.validation(List.of(new FieldError(HEADER, idempotencyKey,
                "must be 1 to " + MAX_LENGTH + " visible ASCII characters"))));
        }
        final String requestHash = hash(request);
        return switch (cache.claim(key.id(), idempotencyKey, requestHash, clock.millis()))
        {
            case IdempotencyCache.Claimed claimed -> new Admitted(
                new Envelope(key.id(), idempotencyKey, requestHash), new Exchange.Idempotent(cache, claimed.id()));
            case IdempotencyCache.Earlier earlier when !earlier.sameRequest() -> throw new ProblemException(Problems.keyReused(
                HEADER + " " + idempotencyKey + " was used for a different request"));
            case IdempotencyCache.Earlier earlier when earlier.slot().inFlight() -> throw new ProblemException(Problems.keyInFlight(
                "the first request with " + HEADER + " " + idempotencyKey + " is still in progress; retry later"));
            case IdempotencyCache.Earlier earlier ->
            {
                replay(ctx, earlier.slot(), keepAlive);
                metrics.request(route, request.method().name(), earlier.slot().status(), 0);
                yield null;
            }
        };
    }

    private static void replay(final ChannelHandlerContext ctx, final IdempotencyCache.Slot slot, final boolean keepAlive)
    {
        final FullHttpResponse response = new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(slot.status()), Unpooled.wrappedBuffer(slot.body()));
        response.headers()
            .set(HttpHeaderNames.CONTENT_TYPE, slot.contentType())
            .setInt(HttpHeaderNames.CONTENT_LENGTH, slot.body().length)
            .set(Exchange.IDEMPOTENT_REPLAYED, "true");
        Responses.send(ctx, response, keepAlive);
    }

    private static boolean valid(final String key)
    {
        if (key.isEmpty() || key.length() > MAX_LENGTH)
        {
            return false;
        }
        for (int i = 0; i < key.length(); i++)
        {
            if (key.charAt(i) < 0x21 || key.charAt(i) > 0x7e)
            {
                return false;
            }
        }
        return true;
    }

    /** The request as a fingerprint: method, path with query, and body. */
    private static String hash(final FullHttpRequest request)
    {
        try
        {
            final MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.method().name() + " " + request.uri() + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(request.content().nioBuffer());
            return HexFormat.of().formatHex(sha256.digest());
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("every JDK has SHA-256", ex);
        }
    }
}
