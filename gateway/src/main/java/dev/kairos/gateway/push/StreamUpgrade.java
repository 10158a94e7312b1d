package dev.kairos.gateway.push;

import dev.kairos.gateway.http.ApiHandler;
import dev.kairos.gateway.http.Authenticator;
import dev.kairos.gateway.http.Metrics;
import dev.kairos.gateway.http.Problem;
import dev.kairos.gateway.http.ProblemException;
import dev.kairos.gateway.http.ResponseOrder;
import dev.kairos.gateway.http.Responses;
import dev.kairos.solver.state.ApiKey;
import dev.kairos.solver.state.KeyDirectory;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.flush.FlushConsolidationHandler;

import java.util.List;

/**
 * Takes {@code GET /v1/stream}: authenticates the upgrade request (an API key in the Authorization
 * header, or a browser's one-time {@code ?token=} from {@code POST /v1/stream-tokens}), answers a
 * problem (401, 405, 426) when it cannot proceed, and otherwise turns this channel's pipeline into a
 * WebSocket one (Netty's protocol handler does the handshake, frame limits and pings) ending in a
 * {@link StreamSession}. Every other request passes through untouched. Shared by all channels; runs
 * on their event loops.
 */
@ChannelHandler.Sharable
final class StreamUpgrade extends ChannelInboundHandlerAdapter
{
    static final String PATH = "/v1/stream";

    private final Push push;
    private final Authenticator authenticator;
    private final KeyDirectory keys;
    private final Metrics metrics;

    StreamUpgrade(final Push push, final KeyDirectory keys, final Metrics metrics)
    {
        this.push = push;
        this.authenticator = new Authenticator(keys);
        this.keys = keys;
        this.metrics = metrics;
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object message)
    {
        if (!(message instanceof FullHttpRequest request) || !PATH.equals(new QueryStringDecoder(request.uri()).path()))
        {
            ctx.fireChannelRead(message);
            return;
        }
        final long start = System.nanoTime();
        final ApiKey key;
        try
        {
            if (!HttpMethod.GET.equals(request.method()))
            {
                throw new ProblemException(Problem.methodNotAllowed(request.method() + " is not allowed on " + PATH + "; allowed: GET"));
            }
            key = authenticate(request);
            if (!HttpHeaderValues.WEBSOCKET.contentEqualsIgnoreCase(request.headers().get(HttpHeaderNames.UPGRADE, "")))
            {
                throw new ProblemException(Problem.of(426, "upgrade-required", "Upgrade required",
                    PATH + " is a WebSocket: send the upgrade request (Upgrade: websocket)"));
            }
        }
        catch (final ProblemException ex)
        {
            final boolean keepAlive = HttpUtil.isKeepAlive(request);
            request.release();
            answer(ctx, ex.problem(), keepAlive);
            metrics.request(PATH, "GET", ex.problem().status(), System.nanoTime() - start);
            return;
        }
        final ChannelPipeline pipeline = ctx.pipeline();
        pipeline.addAfter(ctx.name(), "ws", new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
            .websocketPath(PATH)
            .checkStartsWith(true)
            .maxFramePayloadLength(push.context().maxFrameBytes())
            // The session sends its own close frames; Netty's would wait on a stuck client's full socket forever.
            .sendCloseFrame(null)
            .build()));
        pipeline.addAfter("ws", "ws-aggregate", new WebSocketFrameAggregator(push.context().maxFrameBytes()));
        pipeline.addAfter("ws-aggregate", "stream-session", new StreamSession(push, key));
        ctx.fireChannelRead(request);
        pipeline.remove(this);
        metrics.request(PATH, "GET", 101, System.nanoTime() - start);
    }

    /**
     * After the handshake: bounded buffers for a subscriber (Netty's water mark, and the socket's
     * send buffer, so a stuck client is noticed in kilobytes), and the HTTP handlers after the
     * codec go: the connection speaks WebSocket now.
     */
    static void becomeStream(final ChannelHandlerContext ctx, final PushContext context)
    {
        final Channel channel = ctx.channel();
        channel.config().setWriteBufferWaterMark(
            new WriteBufferWaterMark(context.highWaterMarkBytes() / 2, context.highWaterMarkBytes()));
        if (context.sendBufferBytes() > 0)
        {
            channel.config().setOption(ChannelOption.SO_SNDBUF, context.sendBufferBytes());
        }
        dev.kairos.gateway.http.IdleClose.removeFrom(ctx.pipeline());
        // Response ordering and flush consolidation serve pipelined requests; a stream session writes
        // its events itself and flushes once per drain, and through them each delivery cost a second
        // task (the deferred flush) and two more handlers (benchmarks/RESULTS.md, fan-out).
        for (final Class<? extends ChannelHandler> http : List.of(HttpServerKeepAliveHandler.class, ApiHandler.class,
            ResponseOrder.class, FlushConsolidationHandler.class))
        {
            if (ctx.pipeline().get(http) != null)
            {
                ctx.pipeline().remove(http);
            }
        }
    }

    /** The key behind the upgrade, or a 401 problem. */
    private ApiKey authenticate(final FullHttpRequest request)
    {
        if (request.headers().contains(HttpHeaderNames.AUTHORIZATION))
        {
            return authenticator.authenticate(request.headers());
        }
        final List<String> token = new QueryStringDecoder(request.uri()).parameters().get("token");
        if (token == null || token.isEmpty())
        {
            throw new ProblemException(Problem.unauthorized(
                "send an API key as 'Authorization: Bearer <key>', or a token from POST /v1/stream-tokens as ?token="));
        }
        final ApiKey key = push.tokens().redeem(token.get(0), keys);
        if (key == null)
        {
            throw new ProblemException(Problem.unauthorized("unknown, used or expired stream token"));
        }
        return key;
    }

    private static void answer(final ChannelHandlerContext ctx, final Problem problem, final boolean keepAlive)
    {
        final FullHttpResponse response = Responses.problem(ctx, problem);
        if (problem.status() == 401)
        {
            response.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        if (problem.status() == 405)
        {
            response.headers().set(HttpHeaderNames.ALLOW, "GET");
        }
        if (problem.status() == 426)
        {
            response.headers().set(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET);
        }
        Responses.send(ctx, response, keepAlive);
    }
}
