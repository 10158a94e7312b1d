package dev.kairos.gateway.push;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.http.FieldError;
import dev.kairos.gateway.http.Json;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One WebSocket subscriber. After the handshake it waits for one subscribe message, acknowledges it,
 * then sends the matching events in journal order: first any it must catch up on (from the ring,
 * or for an old resume from a journal scan), then live ones as the tail publishes them. It pulls
 * from the ring at its own pace: while its socket is full (channel not writable) it stops, and once
 * more than {@code maxLagEvents} events have arrived that it could not send, it is closed with 4008
 * and the position to resume from. A position's events are never split by a pause or a cut-off.
 * <p>
 * Everything runs on the channel's event loop, except {@link #wake} and {@link #closeLater}, which
 * any thread may call.
 */
final class StreamSession extends SimpleChannelInboundHandler<WebSocketFrame>
{
    static final int SLOW_CONSUMER = 4008;
    static final int RESUME_TOO_OLD = 4009;
    private static final Logger LOG = LoggerFactory.getLogger(StreamSession.class);

    private enum State
    {
        HANDSHAKING, WAITING, CATCHING_UP, LIVE, CLOSED
    }

    private final Push push;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Runnable drainTask = this::drain;
    private ChannelHandlerContext ctx;
    private State state = State.HANDSHAKING;
    private Subscription subscription;
    /** Events of this position and before are not to be sent (from the ring). */
    private long after;
    /** Position of the last event written: the client has everything of interest up to it. */
    private long delivered;
    /** Next ring sequence to look at, and the ring's head when the session went live: lag counts from there. */
    private long cursor;
    private long lagFrom;
    private List<Event> backlog;
    private int backlogNext;
    /** A flush can report writability at once and call back into drain: it then runs again instead of nesting. */
    private boolean draining;
    private boolean drainAgain;

    private final StreamScope scope;

    StreamSession(final Push push, final dev.kairos.solver.state.ApiKey key)
    {
        this.push = push;
        this.scope = StreamScope.of(key);
    }

    @Override
    public void handlerAdded(final ChannelHandlerContext ctx)
    {
        this.ctx = ctx;
    }

    @Override
    public void userEventTriggered(final ChannelHandlerContext ctx, final Object event) throws Exception
    {
        if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete)
        {
            StreamUpgrade.becomeStream(ctx, push.context());
            final PushContext context = push.context();
            state = State.WAITING;
            push.hub().connected(this);
            final long timeout = context.subscribeTimeout().toMillis();
            ctx.executor().schedule(() ->
            {
                if (state == State.WAITING)
                {
                    close(1008, "no subscribe message within " + timeout + " ms");
                }
            }, timeout, TimeUnit.MILLISECONDS);
            if (push.closing())
            {
                close(1001, "server stopping");
            }
            return;
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    protected void channelRead0(final ChannelHandlerContext ctx, final WebSocketFrame frame)
    {
        if (!(frame instanceof TextWebSocketFrame text))
        {
            close(1003, "only JSON text messages are accepted");
            return;
        }
        if (state != State.WAITING)
        {
            close(1008, "one subscribe message per connection");
            return;
        }
        final Subscription asked;
        try
        {
            final JsonNode message = Json.MAPPER.readTree(text.content().toString(StandardCharsets.UTF_8));
            asked = Subscription.parse(message);
        }
        catch (final Subscription.Invalid ex)
        {
            refuse(ex.getMessage(), ex.errors());
            return;
        }
        catch (final java.io.IOException ex)
        {
            refuse("malformed JSON", List.of());
            return;
        }
        subscribe(asked);
    }

    private void subscribe(final Subscription asked)
    {
        if (push.tail().failure() != null)
        {
            close(1011, push.tail().failure());
            return;
        }
        subscription = asked.within(scope);
        // Read the tail's position before the ring: every event of a record up to it is in the ring by then.
        final long known = push.tail().position();
        after = asked.fromPosition() == null ? known : asked.fromPosition();
        delivered = after;
        ctx.writeAndFlush(StreamMessages.subscribed(known, asked.fromPosition()), ctx.voidPromise());
        final long first = push.ring().firstAfter(after);
        if (first >= 0)
        {
            goLive(first);
            return;
        }
        state = State.CATCHING_UP;
        final long from = after;
        if (!push.catchUp().submit(asked, from, result -> onLoop(() -> caughtUp(result))))
        {
            close(1013, "too many resumes from before the recent events; try again shortly");
        }
    }

    private void caughtUp(final CatchUp.Result result)
    {
        if (state != State.CATCHING_UP)
        {
            return;
        }
        if (result.failure() != null)
        {
            close(RESUME_TOO_OLD, "cannot resume: " + result.failure() + "; read the current state and subscribe live");
            return;
        }
        backlog = result.events();
        backlogNext = 0;
        final long first = push.ring().firstAfter(result.through());
        if (first < 0)
        {
            cutOff("the recent events moved on while the journal was read");
            return;
        }
        after = result.through();
        goLive(first);
    }

    private void goLive(final long first)
    {
        cursor = first;
        // A backlog the client asked for is not lag; events that arrive while it cannot take them are.
        lagFrom = push.ring().head();
        state = State.LIVE;
        push.hub().subscribed(this);
        drain();
    }

    /** Any thread: there are new events in the ring. */
    void wake()
    {
        if (scheduled.compareAndSet(false, true))
        {
            onLoop(drainTask);
        }
    }

    /** Any thread: close with this code and reason on the event loop. */
    void closeLater(final int code, final String reason)
    {
        onLoop(() -> close(code, reason));
    }

    private void drain()
    {
        scheduled.set(false);
        if (draining)
        {
            drainAgain = true;
            return;
        }
        draining = true;
        try
        {
            do
            {
                drainAgain = false;
                drainOnce();
            }
            while (drainAgain);
        }
        finally
        {
            draining = false;
        }
    }

    private void drainOnce()
    {
        if (state != State.LIVE)
        {
            return;
        }
        final Channel channel = ctx.channel();
        long lastWritten = Long.MIN_VALUE;
        boolean wrote = false;
        while (backlog != null)
        {
            if (backlogNext == backlog.size())
            {
                backlog = null;
                break;
            }
            final Event event = backlog.get(backlogNext);
            if (!channel.isWritable() && event.position() != lastWritten)
            {
                break;
            }
            backlogNext++;
            write(event);
            lastWritten = event.position();
            wrote = true;
        }
        if (backlog == null)
        {
            final EventRing ring = push.ring();
            final long head = ring.head();
            while (cursor < head)
            {
                final Event event = ring.get(cursor);
                if (event == null)
                {
                    flushIf(wrote);
                    cutOff((ring.head() - cursor) + " events behind");
                    return;
                }
                if (!channel.isWritable() && event.position() != lastWritten)
                {
                    break;
                }
                cursor++;
                if (event.position() > after && subscription.matches(event))
                {
                    write(event);
                    lastWritten = event.position();
                    wrote = true;
                }
            }
        }
        flushIf(wrote);
        if (!channel.isWritable())
        {
            final long behind = push.ring().head() - Math.max(cursor, lagFrom);
            if (behind > push.context().maxLagEvents())
            {
                cutOff(behind + " events behind");
            }
        }
    }

    private void write(final Event event)
    {
        ctx.write(StreamMessages.frame(event), ctx.voidPromise());
        delivered = event.position();
        push.sent();
    }

    private void flushIf(final boolean wrote)
    {
        if (wrote)
        {
            ctx.flush();
        }
    }

    /** Too slow: what it was sent stays queued ahead of the close frame, so it can resume right after it. */
    private void cutOff(final String why)
    {
        if (state == State.CLOSED)
        {
            return;
        }
        push.cutOff();
        // A position's events are never split, so everything up to the last one written has been sent.
        close(SLOW_CONSUMER, "slow consumer: " + why + "; resume with fromPosition=" + delivered);
    }

    @Override
    public void channelWritabilityChanged(final ChannelHandlerContext ctx)
    {
        if (ctx.channel().isWritable())
        {
            drain();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx)
    {
        state = State.CLOSED;
        backlog = null;
        push.hub().gone(this);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
    {
        if (cause instanceof TooLongFrameException)
        {
            close(1009, "message larger than " + push.context().maxFrameBytes() + " bytes");
            return;
        }
        LOG.debug("closing stream {} after {}", ctx.channel(), cause.toString());
        ctx.close();
    }

    private void refuse(final String detail, final List<FieldError> errors)
    {
        ctx.write(StreamMessages.error(detail, errors), ctx.voidPromise());
        close(1008, "invalid subscribe message: " + detail);
    }

    private void close(final int code, final String reason)
    {
        if (state == State.CLOSED)
        {
            return;
        }
        state = State.CLOSED;
        backlog = null;
        push.hub().gone(this);
        ctx.writeAndFlush(new CloseWebSocketFrame(code, StreamMessages.clip(reason))).addListener(ChannelFutureListener.CLOSE);
        // A client that stopped reading never lets the close frame out: drop it after a grace period.
        ctx.executor().schedule(() -> ctx.channel().close(), push.context().closeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void onLoop(final Runnable task)
    {
        try
        {
            ctx.executor().execute(task);
        }
        catch (final RejectedExecutionException ex)
        {
            LOG.debug("stream {}: event loop is shutting down", ctx.channel());
        }
    }
}
