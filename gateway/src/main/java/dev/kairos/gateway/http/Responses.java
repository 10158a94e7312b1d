package dev.kairos.gateway.http;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/** Writes JSON and problem responses. Event-loop thread only. */
public final class Responses
{
    public static final String PROBLEM_JSON = "application/problem+json";

    private Responses()
    {
    }

    public static FullHttpResponse json(final ChannelHandlerContext ctx, final int status, final Object body)
    {
        return response(ctx, status, HttpHeaderValues.APPLICATION_JSON.toString(), body);
    }

    public static FullHttpResponse problem(final ChannelHandlerContext ctx, final Problem problem)
    {
        final FullHttpResponse response = response(ctx, problem.status(), PROBLEM_JSON, problem);
        if (problem.status() == 503 || problem.status() == 429)
        {
            response.headers().set(HttpHeaderNames.RETRY_AFTER, "1");
        }
        return response;
    }

    public static FullHttpResponse text(final ChannelHandlerContext ctx, final String contentType, final String text)
    {
        final ByteBuf content = ctx.alloc().buffer();
        content.writeCharSequence(text, java.nio.charset.StandardCharsets.UTF_8);
        final FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, content);
        response.headers()
            .set(HttpHeaderNames.CONTENT_TYPE, contentType)
            .setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes());
        return response;
    }

    /** Sends, keeping the connection open when the client asked to and closing it otherwise. */
    public static void send(final ChannelHandlerContext ctx, final FullHttpResponse response, final boolean keepAlive)
    {
        if (keepAlive)
        {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(response, ctx.voidPromise());
        }
        else
        {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private static FullHttpResponse response(
        final ChannelHandlerContext ctx, final int status, final String contentType, final Object body)
    {
        final ByteBuf content = ctx.alloc().buffer();
        try
        {
            Json.write(content, body, LocationFormat.of(ctx.channel()));
        }
        catch (final RuntimeException ex)
        {
            content.release();
            throw ex;
        }
        final FullHttpResponse response = new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status), content);
        response.headers()
            .set(HttpHeaderNames.CONTENT_TYPE, contentType)
            .setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes());
        return response;
    }
}
