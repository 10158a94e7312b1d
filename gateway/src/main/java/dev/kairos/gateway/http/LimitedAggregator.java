package dev.kairos.gateway.http;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;

/** Aggregates request bodies up to a limit; a larger body gets a 413 problem and the connection closes. */
public final class LimitedAggregator extends HttpObjectAggregator
{
    private final int maxBodyBytes;

    public LimitedAggregator(final int maxBodyBytes)
    {
        super(maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void handleOversizedMessage(final ChannelHandlerContext ctx, final HttpMessage oversized)
    {
        final FullHttpResponse response = Responses.problem(ctx, Problem.tooLarge(
            "the body is larger than " + maxBodyBytes + " bytes"
                + (HttpUtil.isContentLengthSet(oversized) ? " (Content-Length " + HttpUtil.getContentLength(oversized, -1L) + ")" : "")));
        // The rest of the body is still on the wire; closing is the only way to be rid of it.
        response.headers().set(HttpHeaderNames.CONNECTION, "close");
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
}
