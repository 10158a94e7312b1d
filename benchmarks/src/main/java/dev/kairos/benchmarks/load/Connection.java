package dev.kairos.benchmarks.load;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * One keep-alive connection with up to {@code maxInFlight} pipelined requests. HTTP/1.1 answers
 * in order, so the requests in flight are a ring: the oldest is the one the next response
 * answers. Event loop thread only.
 */
final class Connection extends SimpleChannelInboundHandler<HttpObject>
{
    /** What to do with each request still waiting when the connection is given up on. */
    interface Abandoned
    {
        void request(long index, long sentNanos);
    }

    private final long[] indexes;
    private final long[] sentNanos;
    private int head;
    private int size;
    private int status;
    private boolean written;
    private Channel channel;
    private OpenLoopRun run;

    Connection(final int maxInFlight)
    {
        indexes = new long[maxInFlight];
        sentNanos = new long[maxInFlight];
    }

    void bind(final OpenLoopRun run)
    {
        this.run = run;
    }

    @Override
    public void handlerAdded(final ChannelHandlerContext ctx)
    {
        channel = ctx.channel();
    }

    boolean hasRoom()
    {
        return size < indexes.length && channel.isActive();
    }

    /** Writes without flushing: {@link #flushIfWritten()} ends a batch with one system call. */
    void send(final long index, final long nowNanos, final ByteBuf request)
    {
        int tail = head + size;
        if (tail >= indexes.length)
        {
            tail -= indexes.length;
        }
        indexes[tail] = index;
        sentNanos[tail] = nowNanos;
        size++;
        written = true;
        channel.write(request, channel.voidPromise());
    }

    void flushIfWritten()
    {
        if (written)
        {
            written = false;
            channel.flush();
        }
    }

    /** Hands every request still in flight to {@code abandoned}, oldest first, and forgets them. */
    void abandon(final Abandoned abandoned)
    {
        while (size > 0)
        {
            abandoned.request(indexes[head], sentNanos[head]);
            pop();
        }
    }

    void close()
    {
        channel.close();
    }

    @Override
    protected void channelRead0(final ChannelHandlerContext ctx, final HttpObject message)
    {
        if (message.decoderResult().isFailure())
        {
            ctx.close();
            return;
        }
        if (message instanceof HttpResponse response)
        {
            status = response.status().code();
        }
        if (message instanceof LastHttpContent && size > 0)
        {
            final long index = indexes[head];
            final long sent = sentNanos[head];
            pop();
            run.answered(index, sent, System.nanoTime(), status);
        }
    }

    @Override
    public void channelReadComplete(final ChannelHandlerContext ctx)
    {
        if (run != null)
        {
            run.sendBacklog();
        }
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx)
    {
        if (run != null)
        {
            run.closed(this);
        }
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
    {
        ctx.close();
    }

    private void pop()
    {
        size--;
        if (++head == indexes.length)
        {
            head = 0;
        }
    }
}
