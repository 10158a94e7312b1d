package dev.kairos.gateway.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps responses in request order on a pipelined HTTP/1.1 connection. A refusal made on the event
 * loop (400, 401, 404 ...) is written at once, while the answer to an earlier request may still be
 * waiting for the engine; HTTP/1.1 requires answers in request order, so each request gets a slot
 * here and a response waits in its slot until every earlier slot has been sent.
 *
 * <p>A response belongs to the request being read when it is written (refusals, the body limit's
 * 413), to the slot named by {@link #within} (engine replies handed back to the event loop), and
 * otherwise to the oldest unanswered request. One per channel; event loop only.
 *
 * <p>Back-pressure: with {@link #PAUSE_AT} requests unanswered it stops reading the socket, and
 * reads again once answers have brought the line down to {@link #RESUME_AT}, so a client that
 * pipelines thousands of requests is served in turn rather than buffered without bound. (Netty's
 * codec closes a connection past its own pipelining depth without a word; KairosServer sets that
 * depth out of reach, since one socket read can bring at most {@link #CODEC_DEPTH} requests.)
 */
public final class ResponseOrder extends ChannelDuplexHandler
{
    /** Unanswered requests at which reading stops. */
    public static final int PAUSE_AT = 128;
    /** Unanswered requests at which reading starts again. */
    public static final int RESUME_AT = 64;
    /**
     * The codec's pipelining depth: past {@link #PAUSE_AT}, one read (at most 64 KiB, and the read
     * loop ends once reading is paused) holds at most 64 KiB / 16 bytes of requests.
     */
    public static final int CODEC_DEPTH = PAUSE_AT + 64 * 1024 / 16;

    /** One request's place in line and what has been written for it. */
    public static final class Slot
    {
        private final List<Object> messages = new ArrayList<>(1);
        private final List<ChannelPromise> promises = new ArrayList<>(1);
        private boolean complete;
    }

    private final ArrayDeque<Slot> line = new ArrayDeque<>();
    private ChannelHandlerContext ctx;
    private Slot reading;
    private Slot current;
    private boolean paused;

    @Override
    public void handlerAdded(final ChannelHandlerContext ctx)
    {
        this.ctx = ctx;
    }

    /** The slot of the request being read now, for work that will answer it later; null outside a read. */
    public static Slot slotOf(final ChannelHandlerContext ctx)
    {
        final ResponseOrder order = ctx.pipeline().get(ResponseOrder.class);
        return order == null ? null : order.current;
    }

    /** Runs {@code task} (on the event loop) with its writes belonging to {@code slot}. */
    public static void within(final ChannelHandlerContext ctx, final Slot slot, final Runnable task)
    {
        final ResponseOrder order = slot == null ? null : ctx.pipeline().get(ResponseOrder.class);
        if (order == null)
        {
            task.run();
            return;
        }
        final Slot outer = order.current;
        order.current = slot;
        try
        {
            task.run();
        }
        finally
        {
            order.current = outer;
        }
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object message)
    {
        if (message instanceof HttpRequest)
        {
            reading = new Slot();
            line.add(reading);
            if (line.size() >= PAUSE_AT && !paused)
            {
                paused = true;
                ctx.channel().config().setAutoRead(false);
            }
        }
        if (!(message instanceof HttpObject) || reading == null)
        {
            ctx.fireChannelRead(message);
            return;
        }
        final Slot outer = current;
        current = reading;
        try
        {
            ctx.fireChannelRead(message);
        }
        finally
        {
            current = outer;
        }
    }

    @Override
    public void write(final ChannelHandlerContext ctx, final Object message, final ChannelPromise promise)
    {
        if (!(message instanceof HttpResponse) && !(message instanceof HttpContent))
        {
            ctx.write(message, promise);
            return;
        }
        final Slot slot = current != null && !current.complete ? current : oldestOpen();
        if (slot == null)
        {
            ctx.write(message, promise);
            return;
        }
        slot.messages.add(message);
        slot.promises.add(promise);
        if (ends(message))
        {
            slot.complete = true;
        }
        drain();
    }

    @Override
    public void handlerRemoved(final ChannelHandlerContext ctx)
    {
        // A connection that closes with answers still waiting: nobody will read them.
        for (final Slot slot : line)
        {
            for (int i = 0; i < slot.messages.size(); i++)
            {
                ReferenceCountUtil.release(slot.messages.get(i));
                if (!slot.promises.get(i).isVoid())
                {
                    slot.promises.get(i).tryFailure(new java.nio.channels.ClosedChannelException());
                }
            }
        }
        line.clear();
        resume(ctx);
    }

    private void resume(final ChannelHandlerContext ctx)
    {
        if (paused)
        {
            paused = false;
            // Turning auto-read back on also asks the channel for the next read.
            ctx.channel().config().setAutoRead(true);
        }
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx) throws Exception
    {
        handlerRemoved(ctx);
        super.channelInactive(ctx);
    }

    /** Requests read whose answer has not gone out yet; for tests. */
    int waiting()
    {
        return line.size();
    }

    /** Whether reading is paused for answers to catch up; for tests. */
    boolean paused()
    {
        return paused;
    }

    private Slot oldestOpen()
    {
        for (final Slot slot : line)
        {
            if (!slot.complete)
            {
                return slot;
            }
        }
        return null;
    }

    /** Sends the head slots' messages, in order, up to the first slot still unanswered. */
    private void drain()
    {
        boolean wrote = false;
        while (!line.isEmpty())
        {
            final Slot head = line.peek();
            for (int i = 0; i < head.messages.size(); i++)
            {
                ctx.write(head.messages.get(i), head.promises.get(i));
                wrote = true;
            }
            head.messages.clear();
            head.promises.clear();
            if (!head.complete)
            {
                break;
            }
            line.poll();
            if (head == reading)
            {
                reading = null;
            }
        }
        if (wrote)
        {
            ctx.flush();
        }
        if (paused && line.size() <= RESUME_AT)
        {
            resume(ctx);
        }
    }

    /** A final answer ends its request's slot; 100 Continue does not, a protocol switch does. */
    private static boolean ends(final Object message)
    {
        if (message instanceof FullHttpResponse response)
        {
            return !isInformational(response.status()) || response.status().equals(HttpResponseStatus.SWITCHING_PROTOCOLS);
        }
        if (message instanceof HttpResponse response && isInformational(response.status()))
        {
            return response.status().equals(HttpResponseStatus.SWITCHING_PROTOCOLS);
        }
        return message instanceof LastHttpContent;
    }

    private static boolean isInformational(final HttpResponseStatus status)
    {
        return status.code() < 200;
    }
}
