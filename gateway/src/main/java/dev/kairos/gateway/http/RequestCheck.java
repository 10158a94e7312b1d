package dev.kairos.gateway.http;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;

import java.util.Locale;

/**
 * Checks every request needs before it is routed. Its URI must be valid percent-encoding (a 400
 * here, rather than an exception in whichever handler decodes it first). Bodies are JSON: a body
 * declared as something else (a form, XML, text) is a 415, so a client's mistake is named rather
 * than parsed as JSON by luck; a body without a Content-Type is still read as JSON, for simple
 * device clients. Shared by all channels.
 */
@ChannelHandler.Sharable
public final class RequestCheck extends ChannelInboundHandlerAdapter
{
    private final Metrics metrics;

    public RequestCheck(final Metrics metrics)
    {
        this.metrics = metrics;
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object message)
    {
        if (!(message instanceof FullHttpRequest request) || request.decoderResult().isFailure())
        {
            ctx.fireChannelRead(message);
            return;
        }
        final Problem problem = problem(request);
        if (problem == null)
        {
            ctx.fireChannelRead(message);
            return;
        }
        final boolean keepAlive = HttpUtil.isKeepAlive(request);
        final String method = request.method().name();
        ReferenceCountUtil.release(request);
        Responses.send(ctx, Responses.problem(ctx, problem), keepAlive);
        metrics.request("unrouted", method, problem.status(), 0);
    }

    private static Problem problem(final FullHttpRequest request)
    {
        try
        {
            final QueryStringDecoder uri = new QueryStringDecoder(request.uri());
            uri.path();
            uri.parameters();
        }
        catch (final IllegalArgumentException ex)
        {
            return Problem.badRequest("the URI '" + clip(request.uri()) + "' is not valid percent-encoding: " + ex.getMessage());
        }
        final String type = request.headers().get(HttpHeaderNames.CONTENT_TYPE);
        if (!request.content().isReadable() || type == null || isJson(type))
        {
            return null;
        }
        return Problem.of(415, "unsupported-media-type", "Unsupported media type",
            "the body is declared as '" + clip(type) + "'; send JSON as Content-Type: application/json");
    }

    /** application/json, or any type with a +json suffix (application/merge-patch+json), any parameters. */
    static boolean isJson(final String contentType)
    {
        final String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
    }

    private static String clip(final String value)
    {
        return value.length() > 100 ? value.substring(0, 100) + "..." : value;
    }
}
