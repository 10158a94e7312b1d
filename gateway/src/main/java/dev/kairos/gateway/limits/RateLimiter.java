package dev.kairos.gateway.limits;

import dev.kairos.gateway.http.Authenticator;
import dev.kairos.gateway.http.Metrics;
import dev.kairos.gateway.http.Problem;
import dev.kairos.gateway.http.Responses;
import dev.kairos.solver.state.ApiKey;
import dev.kairos.solver.state.KeyDirectory;
import io.micrometer.core.instrument.Counter;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Requests per second per API key, by token bucket; a request without a known key (public routes,
 * and the 401s of bad keys) draws on its connection's bucket instead. An empty bucket is a 429 with
 * {@code Retry-After}, before the request is routed. Buckets exist only for keys the journal knows,
 * so unknown keys cannot grow the map. Shared by all channels.
 */
@ChannelHandler.Sharable
public final class RateLimiter extends ChannelInboundHandlerAdapter
{
    private static final String BEARER = "Bearer ";
    private static final AttributeKey<TokenBucket> CONNECTION = AttributeKey.valueOf("kairos.rate.connection");

    private final double rate;
    private final double burst;
    private final KeyDirectory keys;
    private final LongSupplier nanos;
    private final Metrics metrics;
    private final Counter limited;
    private final Authenticator authenticator;
    private final ConcurrentHashMap<String, TokenBucket> byKey = new ConcurrentHashMap<>();

    public RateLimiter(final double rate, final double burst, final KeyDirectory keys, final LongSupplier nanos, final Metrics metrics)
    {
        this.rate = rate;
        this.burst = burst;
        this.keys = keys;
        this.authenticator = new Authenticator(keys);
        this.nanos = nanos;
        this.metrics = metrics;
        this.limited = Counter.builder("kairos.http.rate.limited").description("requests refused with 429 by the rate limit")
            .register(metrics.registry());
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object message)
    {
        if (!(message instanceof FullHttpRequest request) || request.decoderResult().isFailure())
        {
            ctx.fireChannelRead(message);
            return;
        }
        final long now = nanos.getAsLong();
        final ApiKey key = knownKey(request);
        final TokenBucket bucket = key != null ? keyBucket(key, now) : connectionBucket(ctx, now);
        final long wait = bucket.take(now);
        if (wait == 0)
        {
            ctx.fireChannelRead(message);
            return;
        }
        final boolean keepAlive = HttpUtil.isKeepAlive(request);
        final String method = request.method().name();
        ReferenceCountUtil.release(request);
        final FullHttpResponse response = Responses.problem(ctx, Problem.of(429, "rate-limited", "Too many requests",
            (key != null ? "this API key" : "this connection") + " is over " + bucket.rate() + " requests a second; retry after "
                + wait + " s"));
        response.headers().set(HttpHeaderNames.RETRY_AFTER, Long.toString(wait));
        Responses.send(ctx, response, keepAlive);
        limited.increment();
        metrics.request("limited", method, 429, 0);
    }

    /**
     * The key's bucket, at its own limits when it has them (0 = the server's); a bucket made before its limits
     * changed is replaced by a full one at the new limits, so a PATCH takes effect with the key's next request.
     */
    private TokenBucket keyBucket(final ApiKey key, final long now)
    {
        final double keyRate = key.rateLimit() != ApiKey.DEFAULT_LIMIT ? key.rateLimit() : rate;
        final double keyBurst = key.rateBurst() != ApiKey.DEFAULT_LIMIT ? key.rateBurst()
            : key.rateLimit() != ApiKey.DEFAULT_LIMIT ? Math.max(1, keyRate) : burst;
        return byKey.compute(key.sha256(), (hash, old) ->
            old != null && old.rate() == keyRate && old.burst() == keyBurst ? old : new TokenBucket(keyRate, keyBurst, now));
    }

    private ApiKey knownKey(final FullHttpRequest request)
    {
        final String header = request.headers().get(HttpHeaderNames.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length()))
        {
            return null;
        }
        return authenticator.find(header.substring(BEARER.length()).trim());
    }

    private TokenBucket connectionBucket(final ChannelHandlerContext ctx, final long now)
    {
        TokenBucket bucket = ctx.channel().attr(CONNECTION).get();
        if (bucket == null)
        {
            bucket = new TokenBucket(rate, burst, now);
            ctx.channel().attr(CONNECTION).set(bucket);
        }
        return bucket;
    }
}
