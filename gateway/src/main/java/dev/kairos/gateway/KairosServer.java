package dev.kairos.gateway;

import dev.kairos.gateway.api.Advice;
import dev.kairos.gateway.api.Routes;
import dev.kairos.gateway.http.ApiHandler;
import dev.kairos.gateway.http.LimitedAggregator;
import dev.kairos.gateway.http.Metrics;
import dev.kairos.gateway.http.Router;
import dev.kairos.gateway.push.Push;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.planning.improve.Improver;
import dev.kairos.solver.planning.improve.ImproverContext;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The server: the engine (journal replayed) first, then the HTTP listener. {@link #close()} stops
 * taking requests, lets the engine serve what it accepted, and closes the journal.
 */
public final class KairosServer implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(KairosServer.class);

    private final ServerContext context;
    private final EngineHost engine;
    private final EventLoopGroup bossGroup;
    private final EventLoopGroup workerGroup;
    private final Channel channel;
    private final String generatedAdminKey;
    private final Improver improver;
    private final Advice advice = new Advice();
    private final Push push;
    private dev.kairos.gateway.http.LocationFormat locations;
    private Metrics metrics;
    private Router router;

    private KairosServer(final ServerContext context) throws InterruptedException
    {
        this.context = context;
        final io.netty.handler.ssl.SslContext tls = Tls.serverContext(context);
        engine = EngineHost.start(new EngineContext()
            .journalFolder(context.journalFolder())
            .clock(context.clock())
            .tickInterval(context.tickInterval())
            .journalSync(context.journalSync())
            .inboxCapacity(context.inboxCapacity())
            .snapshotFolder(context.snapshotFolder())
            .snapshotEvery(context.snapshotEvery())
            .snapshotInterval(context.snapshotInterval())
            .snapshotsKept(context.snapshotsKept())
            .journalRetention(context.journalRetention()));
        Push started = null;
        try
        {
            locations = dev.kairos.gateway.http.LocationFormat.of(area(engine, context.area(), context.clock()));
            generatedAdminKey = AdminKey.ensure(engine, context.adminKey(), context.clock());
            if (context.policyFile() != null)
            {
                final int journaled = dev.kairos.gateway.api.PolicyFile.apply(
                    engine, context.policyFile(), context.reloadPolicies(), context.clock().millis());
                LOG.info("policy file {}: {} calendars and policies journaled", context.policyFile(), journaled);
            }
            improver = context.optimiser() ? new Improver(engine, new ImproverContext().clock(context.clock())) : null;
            if (improver != null)
            {
                engine.onRoutesChanged(improver::routesChanged);
                improver.start();
            }
            final Metrics metrics = new Metrics(engine, context.clock());
            this.metrics = metrics;
            if (improver != null)
            {
                improver.observe(metrics::round);
            }
            started = new Push(context.push(), context.journalFolder(), engine, context.clock(), metrics);
            push = started;
            router = push.register(Routes.register(new Router(), advice));
            final ApiHandler api = new ApiHandler(router, engine, context.clock(), metrics);
            final dev.kairos.gateway.limits.ConnectionLimit connections =
                new dev.kairos.gateway.limits.ConnectionLimit(context.maxConnections(), metrics);
            final dev.kairos.gateway.limits.RateLimiter rates = new dev.kairos.gateway.limits.RateLimiter(
                context.rateLimit(), context.rateBurst(), engine.keyDirectory(), context.rateClock(), metrics);
            final dev.kairos.gateway.http.RequestCheck mediaTypes = new dev.kairos.gateway.http.RequestCheck(metrics);
            final NettyTransport transport = NettyTransport.chosen();
            bossGroup = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("kairos-accept"), transport.ioHandlerFactory());
            workerGroup = new MultiThreadIoEventLoopGroup(context.ioThreads(), new DefaultThreadFactory("kairos-io"), transport.ioHandlerFactory());
            channel = new ServerBootstrap()
                .group(bossGroup, workerGroup)
                .channel(transport.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childAttr(dev.kairos.gateway.http.LocationFormat.CHANNEL, locations)
                .childHandler(new ChannelInitializer<SocketChannel>()
                {
                    @Override
                    protected void initChannel(final SocketChannel ch)
                    {
                        // Engine replies reach the loop a batch at a time (http/ReplyMailbox): one socket write
                        // for the batch's answers on this connection instead of a system call each.
                        ch.pipeline().addLast("flush", new io.netty.handler.flush.FlushConsolidationHandler(
                            io.netty.handler.flush.FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true));
                        if (tls != null)
                        {
                            ch.pipeline().addLast("tls", tls.newHandler(ch.alloc()));
                        }
                        if (!context.idleTimeout().isZero())
                        {
                            ch.pipeline()
                                .addLast(dev.kairos.gateway.http.IdleClose.TIMER, dev.kairos.gateway.http.IdleClose.timer(context.idleTimeout()))
                                .addLast(dev.kairos.gateway.http.IdleClose.CLOSER, dev.kairos.gateway.http.IdleClose.INSTANCE);
                        }
                        ch.pipeline()
                            .addLast("http", new HttpServerCodec(new io.netty.handler.codec.http.HttpDecoderConfig()
                                .setMaxHeaderSize(context.maxHeaderBytes()), dev.kairos.gateway.http.ResponseOrder.CODEC_DEPTH))
                            .addLast("connections", connections)
                            .addLast("keep-alive", new HttpServerKeepAliveHandler())
                            .addLast("order", new dev.kairos.gateway.http.ResponseOrder())
                            .addLast("body-limit", new LimitedAggregator(context.maxBodyBytes()))
                            .addLast("rate", rates)
                            .addLast("request-check", mediaTypes)
                            .addLast("stream", push.upgradeHandler())
                            .addLast("api", api);
                    }
                })
                .bind(context.host(), context.port()).sync().channel();
            LOG.info("listening on {}:{} with Netty's {} transport", context.host(), port(), transport);
        }
        catch (final Exception ex)
        {
            if (started != null)
            {
                started.close();
            }
            engine.close();
            if (ex instanceof java.net.BindException)
            {
                // Netty throws it without declaring it.
                throw new IllegalArgumentException("port (--port): cannot listen on " + context.host() + ":"
                    + context.port() + ": " + ex.getMessage(), ex);
            }
            throw ex;
        }
    }

    /** Replays the journal, starts the engine and binds the port; returns once requests are taken. */
    public static KairosServer start(final ServerContext context) throws InterruptedException
    {
        return new KairosServer(context.conclude());
    }

    public int port()
    {
        return ((InetSocketAddress)channel.localAddress()).getPort();
    }

    public String url()
    {
        return (context.tlsCertificate() == null ? "http://" : "https://") + context.host() + ":" + port();
    }

    /**
     * The area the server plans in: the journaled one, set first to {@code requested} when that
     * differs (refused once engineers, depots or tickets are located in another).
     */
    private static dev.kairos.solver.domain.Area area(final EngineHost engine, final dev.kairos.solver.domain.Area requested,
        final java.time.InstantSource clock)
    {
        final dev.kairos.solver.domain.Area current = engine.ask(dev.kairos.solver.state.LiveState::area);
        if (requested == null || requested.equals(current))
        {
            return current;
        }
        final dev.kairos.solver.engine.Outcome outcome = engine.call(
            new dev.kairos.solver.command.SetArea(clock.millis(), requested.coordinates(), requested.unitMillis()));
        if (outcome instanceof dev.kairos.solver.engine.Outcome.Refused refused)
        {
            throw new IllegalArgumentException("--area " + requested.coordinates().name().toLowerCase(java.util.Locale.ROOT)
                + ": " + refused.detail());
        }
        return requested;
    }

    public EngineHost engine()
    {
        return engine;
    }

    /** Every route the API serves (the WebSocket stream, taken before routing, is not one); for the OpenAPI check. */
    public java.util.List<Router.Route> routes()
    {
        return router.routes();
    }

    /** The admin key made on first start, to show once; null when it was given or already existed. */
    public String generatedAdminKey()
    {
        return generatedAdminKey;
    }

    @Override
    public void close()
    {
        push.closeSessions();
        channel.close().syncUninterruptibly();
        bossGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        workerGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        push.close();
        if (improver != null)
        {
            improver.close();
        }
        advice.close();
        if (metrics != null)
        {
            metrics.close();
        }
        engine.close();
        LOG.info("server on port {} stopped", port());
    }
}
