package dev.kairos.benchmarks.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseDecoder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Posts ticket bodies over a few keep-alive connections, pipelined, and hands each answer (status
 * and body) back with the index it was sent under. The JDK's HttpClient, one connection per
 * request in flight, answered in seconds at 200 creates/s on two cores, which measured the client;
 * this is what {@link LoadClient} does, with the body kept. {@link #send} from one thread.
 */
final class CreateClient implements AutoCloseable
{
    /** What to do with an answer; runs on the client's event loop. */
    @FunctionalInterface
    interface Answer
    {
        void answered(long index, int status, String body);
    }

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel[] channels;
    private final ByteBuf[] requests;
    private int next;

    CreateClient(final Target target, final List<LoadWorkload.Body> bodies, final int connections, final Answer answer)
    {
        requests = bodies.stream()
            .map(body -> RequestTemplates.encode(HttpMethod.POST, body.path(), body.json(), target.hostHeader(), target.apiKey()))
            .toArray(ByteBuf[]::new);
        channels = new Channel[connections];
        for (int i = 0; i < connections; i++)
        {
            channels[i] = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>()
                {
                    @Override
                    protected void initChannel(final SocketChannel ch)
                    {
                        ch.pipeline()
                            .addLast(new HttpResponseDecoder())
                            .addLast(new HttpObjectAggregator(1 << 20))
                            .addLast(new Pipelined(answer));
                    }
                })
                .connect(target.address()).syncUninterruptibly().channel();
        }
    }

    /** Sends request {@code index} (its body chosen round robin) on the next connection. */
    void send(final long index)
    {
        final Channel channel = channels[next];
        next = (next + 1) % channels.length;
        final ByteBuf request = requests[(int)(index % requests.length)].retainedDuplicate();
        channel.eventLoop().execute(() ->
        {
            channel.pipeline().get(Pipelined.class).sent.add(index);
            channel.writeAndFlush(request, channel.voidPromise());
        });
    }

    @Override
    public void close()
    {
        for (final Channel channel : channels)
        {
            channel.close().syncUninterruptibly();
        }
        for (final ByteBuf request : requests)
        {
            request.release();
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Answers come back in the order requests went out (HTTP/1.1), so a FIFO of indexes pairs them. */
    private static final class Pipelined extends SimpleChannelInboundHandler<FullHttpResponse>
    {
        private final ArrayDeque<Long> sent = new ArrayDeque<>();
        private final Answer answer;

        Pipelined(final Answer answer)
        {
            this.answer = answer;
        }

        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final FullHttpResponse response)
        {
            answer.answered(sent.remove(), response.status().code(), response.content().toString(StandardCharsets.UTF_8));
        }

        @Override
        public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
        {
            // Whatever was in flight on this connection stays unanswered and the report counts it.
            System.err.println("kairos bench stream: a create connection failed: " + cause);
            ctx.close();
        }
    }
}
