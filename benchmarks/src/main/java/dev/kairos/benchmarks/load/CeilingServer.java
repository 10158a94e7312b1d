package dev.kairos.benchmarks.load;

import dev.kairos.gateway.NettyTransport;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The ceiling: the least an HTTP server on Netty can do per request on one event loop (parse it,
 * answer a fixed body, flush once per read), measured by the same generator in the same run.
 * Kairos's figures divided by its figures say how much of what this machine and this generator
 * allow at all Kairos gets. Start and close from one thread; the handler runs on its event loop.
 */
final class CeilingServer implements AutoCloseable
{
    private static final ByteBuf BODY = Unpooled.unreleasableBuffer(
        Unpooled.directBuffer().writeBytes("{\"hello\":\"world\"}".getBytes(StandardCharsets.US_ASCII)).asReadOnly());

    private final EventLoopGroup group;
    private final Channel channel;

    private CeilingServer(final String host) throws InterruptedException
    {
        group = new MultiThreadIoEventLoopGroup(1, NettyTransport.chosen().ioHandlerFactory());
        final HelloHandler hello = new HelloHandler();
        channel = new ServerBootstrap()
            .group(group)
            .channel(NettyTransport.chosen().serverChannel())
            .option(ChannelOption.SO_BACKLOG, 1024)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel ch)
                {
                    ch.pipeline()
                        .addLast("http", new HttpServerCodec())
                        .addLast("keep-alive", new HttpServerKeepAliveHandler())
                        .addLast("hello", hello);
                }
            })
            .bind(host, 0).sync().channel();
    }

    /** One event loop accepts and serves, on a free loopback port. */
    static CeilingServer start() throws InterruptedException
    {
        return new CeilingServer("127.0.0.1");
    }

    InetSocketAddress address()
    {
        return (InetSocketAddress)channel.localAddress();
    }

    @Override
    public void close()
    {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Answers each request once its body has been read; flushes once per read, as Netty's hello-world example does. */
    @ChannelHandler.Sharable
    private static final class HelloHandler extends SimpleChannelInboundHandler<HttpObject>
    {
        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final HttpObject message)
        {
            if (message instanceof LastHttpContent)
            {
                final FullHttpResponse response = new DefaultFullHttpResponse(
                    HttpVersion.HTTP_1_1, HttpResponseStatus.OK, BODY.duplicate());
                response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, BODY.readableBytes());
                ctx.write(response, ctx.voidPromise());
            }
        }

        @Override
        public void channelReadComplete(final ChannelHandlerContext ctx)
        {
            ctx.flush();
        }

        @Override
        public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
        {
            ctx.close();
        }
    }
}
