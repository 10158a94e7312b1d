package dev.kairos.gateway.limits;

import dev.kairos.gateway.http.Metrics;
import dev.kairos.gateway.http.Problem;
import dev.kairos.gateway.http.Responses;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code max} open connections. One past the cap is not served: its first request is
 * answered 503 with {@code Connection: close} (a closed socket alone would read as a network fault
 * to the client), or it is closed after {@link #REFUSED_GRACE_SECONDS} if it sends none. Refused
 * connections do not count against the cap. Sits right after the HTTP codec; shared by all channels.
 */
@ChannelHandler.Sharable
public final class ConnectionLimit extends ChannelInboundHandlerAdapter
{
    static final long REFUSED_GRACE_SECONDS = 5;
    private static final AttributeKey<Boolean> REFUSED = AttributeKey.valueOf("kairos.connection.refused");

    private final int max;
    private final AtomicInteger open = new AtomicInteger();
    private final Counter refused;

    public ConnectionLimit(final int max, final Metrics metrics)
    {
        this.max = max;
        Gauge.builder("kairos.http.connections", open, AtomicInteger::get).description("open HTTP connections served")
            .register(metrics.registry());
        this.refused = Counter.builder("kairos.http.connections.refused")
            .description("connections over --max-connections, answered 503 and closed").register(metrics.registry());
    }

    @Override
    public void channelActive(final ChannelHandlerContext ctx) throws Exception
    {
        if (open.incrementAndGet() > max)
        {
            open.decrementAndGet();
            refused.increment();
            ctx.channel().attr(REFUSED).set(Boolean.TRUE);
            ctx.executor().schedule(() -> ctx.channel().close(), REFUSED_GRACE_SECONDS, TimeUnit.SECONDS);
            return;
        }
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx) throws Exception
    {
        if (ctx.channel().attr(REFUSED).get() == null)
        {
            open.decrementAndGet();
            super.channelInactive(ctx);
        }
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object message)
    {
        if (ctx.channel().attr(REFUSED).get() == null)
        {
            ctx.fireChannelRead(message);
            return;
        }
        final boolean first = message instanceof HttpRequest && ctx.channel().attr(REFUSED).get();
        ReferenceCountUtil.release(message);
        if (first)
        {
            ctx.channel().attr(REFUSED).set(Boolean.FALSE);
            final FullHttpResponse response = Responses.problem(ctx, Problem.of(503, "too-many-connections",
                "Too many connections", "the server has " + max + " connections open, its limit; retry after the Retry-After delay"));
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** Connections being served now; for tests. */
    public int open()
    {
        return open.get();
    }
}
