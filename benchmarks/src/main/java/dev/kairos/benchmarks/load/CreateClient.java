package dev.kairos.benchmarks.load;

import dev.kairos.gateway.NettyTransport;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseDecoder;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Posts ticket bodies over a few keep-alive connections, pipelined, and hands each answer (status
 * and body) back with the index it was sent under. The JDK's HttpClient, one connection per
 * request in flight, answered in seconds at 200 creates/s on two cores, which measured the client;
 * this is what {@link LoadClient} does, with the body kept. {@link #send} from any thread; the rest runs on the client's one event loop.
 */
final class CreateClient implements AutoCloseable
{
    /** What to do with an answer; runs on the client's event loop. */
    @FunctionalInterface
    interface Answer
    {
        void answered(long index, int status, String body);
    }

    private static final int MAX_IN_FLIGHT = 64;

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("load-creates"),
        NettyTransport.chosen().ioHandlerFactory());
    private final EventLoop loop = group.next();
    private final Pipelined[] connections;
    private final ArrayDeque<Long> backlog = new ArrayDeque<>();
    private final ByteBuf[] requests;
    private int next;

    CreateClient(final Target target, final List<LoadWorkload.Body> bodies, final int connections, final Answer answer)
    {
        requests = bodies.stream()
            .map(body -> RequestTemplates.encode(HttpMethod.POST, body.path(), body.json(), target.hostHeader(), target.apiKey()))
            .toArray(ByteBuf[]::new);
        this.connections = new Pipelined[connections];
        for (int i = 0; i < connections; i++)
        {
            final Pipelined handler = new Pipelined(answer);
            this.connections[i] = handler;
            handler.channel = new Bootstrap()
                .group(loop)
                .channel(NettyTransport.chosen().socketChannel())
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>()
                {
                    @Override
                    protected void initChannel(final SocketChannel ch)
                    {
                        ch.pipeline()
                            .addLast(new HttpResponseDecoder())
                            .addLast(new HttpObjectAggregator(1 << 20))
                            .addLast(handler);
                    }
                })
                .connect(target.address()).syncUninterruptibly().channel();
        }
    }

    /**
     * Queues request {@code index} (its body chosen round robin) for the next connection with room.
     * Beyond {@link #MAX_IN_FLIGHT} a connection takes no more: the server closes a connection
     * that pipelines too deep, and a request waiting here is still charged from its intended time.
     */
    void send(final long index)
    {
        loop.execute(() ->
        {
            backlog.add(index);
            drain();
        });
    }

    /** Event loop: sends what waits while some connection has room. */
    private void drain()
    {
        boolean wrote = false;
        while (!backlog.isEmpty())
        {
            final Pipelined connection = withRoom();
            if (connection == null)
            {
                break;
            }
            final long index = backlog.remove();
            connection.sent.add(index);
            connection.channel.write(requests[(int)(index % requests.length)].retainedDuplicate(), connection.channel.voidPromise());
            wrote = true;
        }
        if (wrote)
        {
            for (final Pipelined connection : connections)
            {
                connection.channel.flush();
            }
        }
    }

    private Pipelined withRoom()
    {
        for (int i = 0; i < connections.length; i++)
        {
            final Pipelined connection = connections[(next + i) % connections.length];
            if (connection.channel.isActive() && connection.sent.size() < MAX_IN_FLIGHT)
            {
                next = (next + i + 1) % connections.length;
                return connection;
            }
        }
        return null;
    }

    @Override
    public void close()
    {
        for (final Pipelined connection : connections)
        {
            connection.channel.close().syncUninterruptibly();
        }
        for (final ByteBuf request : requests)
        {
            request.release();
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Answers come back in the order requests went out (HTTP/1.1), so a FIFO of indexes pairs them. */
    private final class Pipelined extends SimpleChannelInboundHandler<FullHttpResponse>
    {
        private final ArrayDeque<Long> sent = new ArrayDeque<>();
        private final Answer answer;
        private Channel channel;

        Pipelined(final Answer answer)
        {
            this.answer = answer;
        }

        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final FullHttpResponse response)
        {
            answer.answered(sent.remove(), response.status().code(), response.content().toString(StandardCharsets.UTF_8));
            drain();
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
