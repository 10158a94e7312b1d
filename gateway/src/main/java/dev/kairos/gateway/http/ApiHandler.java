package dev.kairos.gateway.http;

import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.state.ApiKey;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.InstantSource;
import java.util.stream.Collectors;

/**
 * Matches a request to its route, checks its key and role, and runs the route. Every failure
 * becomes a problem response; nothing a client sends can throw past this handler. Stateless and
 * shared by all channels.
 */
@ChannelHandler.Sharable
public final class ApiHandler extends SimpleChannelInboundHandler<FullHttpRequest>
{
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final Router router;
    private final Authenticator authenticator;
    private final EngineHost engine;
    private final InstantSource clock;
    private final Metrics metrics;
    private final IdempotencyCheck idempotency;

    public ApiHandler(final Router router, final EngineHost engine, final InstantSource clock, final Metrics metrics)
    {
        this.metrics = metrics;
        this.router = router;
        this.authenticator = new Authenticator(engine.keyDirectory());
        this.engine = engine;
        this.clock = clock;
        this.idempotency = new IdempotencyCheck(new IdempotencyCache(), clock, metrics);
    }

    @Override
    protected void channelRead0(final ChannelHandlerContext ctx, final FullHttpRequest request)
    {
        final boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (request.decoderResult().isFailure())
        {
            final FullHttpResponse response = Responses.problem(ctx, unreadable(request.decoderResult().cause()));
            // The codec discards the rest of the connection's input after a malformed head: say so.
            response.headers().set(HttpHeaderNames.CONNECTION, "close");
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        try
        {
            final String path = new QueryStringDecoder(request.uri()).path();
            final Router.Match match = router.match(request.method(), path);
            final ApiKey key = match.route() != null && match.route().isPublic() ?
                null : authenticator.authenticate(request.headers());
            if (match.route() == null && match.allowed().isEmpty())
            {
                throw new ProblemException(Problem.notFound("no route " + request.method() + " " + path));
            }
            if (match.route() == null)
            {
                final String allowed = match.allowed().stream().map(HttpMethod::name).collect(Collectors.joining(", "));
                final FullHttpResponse response = Responses.problem(ctx, Problem.methodNotAllowed(
                    request.method() + " is not allowed on " + path + "; allowed: " + allowed));
                response.headers().set(HttpHeaderNames.ALLOW, allowed);
                Responses.send(ctx, response, keepAlive);
                return;
            }
            final String template = match.route().template();
            if (key != null)
            {
                final String forbidden = dev.kairos.gateway.auth.Access.refusal(
                    key.role(), !key.regions().isEmpty(), request.method(), template, match.route().roles());
                if (forbidden != null)
                {
                    throw new ProblemException(Problem.forbidden(forbidden));
                }
                final String hidden = dev.kairos.gateway.auth.Scope.engineerRefusal(key, template, match.params());
                if (hidden != null)
                {
                    throw new ProblemException(Problem.notFound(hidden));
                }
            }
            final IdempotencyCheck.Admitted admitted = idempotency.admit(ctx, request, key, keepAlive, template);
            if (admitted == null)
            {
                return;
            }
            final Exchange exchange = new Exchange(ctx, request, match.params(), key, engine, clock, template, metrics,
                admitted.envelope(), dev.kairos.gateway.auth.Scope.guard(key, template, match.params()), admitted.idempotent());
            try
            {
                match.route().handler().handle(exchange);
            }
            catch (final RuntimeException ex)
            {
                exchange.release();
                throw ex;
            }
        }
        catch (final ProblemException ex)
        {
            send(ctx, ex.problem(), keepAlive);
            metrics.request("unrouted", request.method().name(), ex.problem().status(), 0);
        }
        catch (final RuntimeException ex)
        {
            LOG.error("{} {} failed", request.method(), request.uri(), ex);
            send(ctx, Problem.internal("the request could not be handled: " + ex), keepAlive);
            metrics.request("unrouted", request.method().name(), 500, 0);
        }
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
    {
        LOG.debug("closing {} after {}", ctx.channel(), cause.toString());
        ctx.close();
    }

    /** What the codec could not read: a header block or request line over its limit, or anything else malformed. */
    static Problem unreadable(final Throwable cause)
    {
        return switch (cause)
        {
            case io.netty.handler.codec.http.TooLongHttpHeaderException tooLong -> Problem.of(431, "headers-too-large",
                "Request header fields too large", "the request headers are over the server's limit: " + tooLong.getMessage());
            case io.netty.handler.codec.http.TooLongHttpLineException tooLong -> Problem.of(414, "uri-too-long",
                "URI too long", "the request line is over the server's limit: " + tooLong.getMessage());
            default -> Problem.badRequest("unreadable HTTP request: " + cause.getMessage());
        };
    }

    private static void send(final ChannelHandlerContext ctx, final Problem problem, final boolean keepAlive)
    {
        final FullHttpResponse response = Responses.problem(ctx, problem);
        if (problem.status() == 401)
        {
            response.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        Responses.send(ctx, response, keepAlive);
    }
}
