package dev.kairos.benchmarks.load;

import dev.kairos.gateway.NettyTransport;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N WebSocket sessions on {@code /v1/stream}, each subscribed to {@code ticket.created}, on one client
 * event loop. Each event carries the external id {@code F-<index>} of the create that caused it, so
 * a delivery is charged from that create's intended send time: per delivery, and per event once
 * the last of the N sessions has it. Netty rather than the JDK's client: a thousand JDK sockets
 * each parsing JSON on the same two cores would measure the client. Counting is on the loop thread
 * only; read the figures after {@link #close()}.
 */
final class FanOutSubscribers implements AutoCloseable
{
    private static final ByteBuf MARKER = Unpooled.unreleasableBuffer(
        Unpooled.copiedBuffer("\"externalId\":\"F-", StandardCharsets.US_ASCII));

    private volatile OpenLoopSchedule schedule;
    private final int sessions;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("fanout-subscribers"),
        NettyTransport.chosen().ioHandlerFactory());
    private final List<Channel> channels = new ArrayList<>();
    private final CountDownLatch subscribed;
    private final AtomicInteger closedEarly = new AtomicInteger();
    private volatile boolean closing;
    private final int[] received;
    private final long[] lastArrival;
    /** Intended send → arrival, every delivery of a measured event. */
    final Histogram perDelivery = new Histogram(LatencyRecorder.HIGHEST_NANOS, 3);
    /** Intended send → arrival at the last of the N sessions, per measured event that all of them got. */
    final Histogram allHaveIt = new Histogram(LatencyRecorder.HIGHEST_NANOS, 3);
    private long deliveries;

    /** Connects and subscribes every session; returns once all are live. Events are counted after {@link #begin}. */
    FanOutSubscribers(final Target target, final int sessions, final int events) throws InterruptedException
    {
        this.sessions = sessions;
        this.subscribed = new CountDownLatch(sessions);
        this.received = new int[events];
        this.lastArrival = new long[received.length];
        final URI uri = URI.create("ws://" + target.hostHeader() + "/v1/stream");
        try
        {
            connect(target, uri);
            if (!subscribed.await(30, TimeUnit.SECONDS))
            {
                throw new IllegalStateException(subscribed.getCount() + " of " + sessions + " sessions were not subscribed within 30 s");
            }
        }
        catch (final InterruptedException | RuntimeException ex)
        {
            // The caller gets no instance to close: the loop and what it opened go here.
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            throw ex;
        }
    }

    private void connect(final Target target, final URI uri) throws InterruptedException
    {
        final Bootstrap bootstrap = new Bootstrap()
            .group(group)
            .channel(NettyTransport.chosen().socketChannel())
            .option(ChannelOption.TCP_NODELAY, true);
        for (int i = 0; i < sessions; i++)
        {
            final Session session = new Session();
            bootstrap.handler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel ch)
                {
                    // Close frames are left to the session, which reports the server's reason (a slow-consumer cut-off says so).
                    ch.pipeline()
                        .addLast(new HttpClientCodec())
                        .addLast(new HttpObjectAggregator(1 << 16))
                        .addLast(new WebSocketClientProtocolHandler(WebSocketClientHandshakerFactory.newHandshaker(
                            uri, WebSocketVersion.V13, null, false,
                            new DefaultHttpHeaders().add("Authorization", "Bearer " + target.apiKey()), 1 << 20), false))
                        .addLast(session);
                }
            });
            channels.add(bootstrap.connect(target.address()).sync().channel());
        }
    }

    /** The timetable the creates follow; set before the first is sent. */
    void begin(final OpenLoopSchedule schedule)
    {
        if (schedule.totalCount() != received.length)
        {
            throw new IllegalArgumentException("a timetable of " + schedule.totalCount() + " creates for " + received.length + " events");
        }
        this.schedule = schedule;
    }

    /** Whether every session has every measured event (or gave up); loop-thread state read after a hop onto the loop. */
    boolean complete()
    {
        return group.next().submit(() -> deliveries + (long)closedEarly.get() * schedule.measuredCount()
            >= (long)sessions * schedule.measuredCount()).syncUninterruptibly().getNow();
    }

    /** Sessions the server closed during the run (slow consumer, or anything else). */
    int closedEarly()
    {
        return closedEarly.get();
    }

    /** Deliveries of measured events. */
    long deliveries()
    {
        return deliveries;
    }

    @Override
    public void close()
    {
        group.next().submit(this::tally).syncUninterruptibly();
        closing = true;
        for (final Channel channel : channels)
        {
            channel.close().syncUninterruptibly();
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private void tally()
    {
        for (int index = 0; index < received.length; index++)
        {
            if (schedule.isMeasured(index) && received[index] == sessions)
            {
                allHaveIt.recordValue(Math.min(LatencyRecorder.HIGHEST_NANOS, schedule.latencyNanos(index, lastArrival[index])));
            }
        }
    }

    private void arrived(final ByteBuf text, final long now)
    {
        final OpenLoopSchedule schedule = this.schedule;
        final int at = ByteBufUtil.indexOf(MARKER, text);
        if (schedule == null || at < 0)
        {
            return;
        }
        int index = 0;
        for (int i = at + MARKER.readableBytes(); i < text.writerIndex(); i++)
        {
            final byte b = text.getByte(i);
            if (b < '0' || b > '9')
            {
                break;
            }
            index = index * 10 + (b - '0');
        }
        if (index >= received.length || !schedule.isMeasured(index))
        {
            return;
        }
        received[index]++;
        lastArrival[index] = Math.max(lastArrival[index], now);
        deliveries++;
        perDelivery.recordValue(Math.min(LatencyRecorder.HIGHEST_NANOS, schedule.latencyNanos(index, now)));
    }

    /** One session; everything on the loop thread. */
    private final class Session extends SimpleChannelInboundHandler<WebSocketFrame>
    {
        private boolean live;

        @Override
        public void userEventTriggered(final ChannelHandlerContext ctx, final Object event) throws Exception
        {
            if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE)
            {
                ctx.writeAndFlush(new TextWebSocketFrame("{\"type\":\"subscribe\",\"types\":[\"ticket.created\"]}"));
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final WebSocketFrame frame)
        {
            final long now = System.nanoTime();
            if (frame instanceof TextWebSocketFrame text)
            {
                if (live)
                {
                    arrived(text.content(), now);
                }
                else if (text.text().contains("\"subscribed\""))
                {
                    live = true;
                    subscribed.countDown();
                }
            }
            else if (frame instanceof CloseWebSocketFrame close)
            {
                System.err.println("kairos bench fanout: the server closed a session: " + close.statusCode() + " " + close.reasonText());
                ctx.close();
            }
        }

        @Override
        public void channelInactive(final ChannelHandlerContext ctx)
        {
            if (live && !closing)
            {
                closedEarly.incrementAndGet();
            }
            ctx.fireChannelInactive();
        }
    }
}
