package dev.kairos.gateway.http;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Closes an HTTP connection that neither read nor wrote for the idle timeout, so idle keep-alive
 * connections do not hold slots under the connection cap. A connection that becomes a WebSocket
 * stream drops both handlers ({@link #removeFrom}): a quiet subscriber is not an idle one.
 */
@ChannelHandler.Sharable
public final class IdleClose extends ChannelInboundHandlerAdapter
{
    public static final String TIMER = "idle-timer";
    public static final String CLOSER = "idle-close";
    public static final IdleClose INSTANCE = new IdleClose();

    private IdleClose()
    {
    }

    /** A fresh timer for one connection. */
    public static IdleStateHandler timer(final Duration timeout)
    {
        return new IdleStateHandler(0, 0, timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    public static void removeFrom(final io.netty.channel.ChannelPipeline pipeline)
    {
        if (pipeline.get(TIMER) != null)
        {
            pipeline.remove(TIMER);
        }
        if (pipeline.get(CLOSER) != null)
        {
            pipeline.remove(CLOSER);
        }
    }

    @Override
    public void userEventTriggered(final ChannelHandlerContext ctx, final Object event) throws Exception
    {
        if (event instanceof IdleStateEvent)
        {
            ctx.close();
            return;
        }
        super.userEventTriggered(ctx, event);
    }
}
