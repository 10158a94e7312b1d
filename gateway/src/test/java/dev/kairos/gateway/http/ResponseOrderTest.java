package dev.kairos.gateway.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Responses leave in request order whatever order they are written in; what never leaves is released. */
class ResponseOrderTest
{
    /** Remembers each request's slot and context, answering nothing by itself. */
    private static final class Later extends ChannelInboundHandlerAdapter
    {
        final List<ResponseOrder.Slot> slots = new ArrayList<>();
        ChannelHandlerContext ctx;

        @Override
        public void channelRead(final ChannelHandlerContext ctx, final Object message)
        {
            this.ctx = ctx;
            slots.add(ResponseOrder.slotOf(ctx));
            ReferenceCountUtil.release(message);
        }
    }

    @Test
    void shouldHoldALaterAnswerUntilTheEarlierOnesHaveGone()
    {
        final Later later = new Later();
        final EmbeddedChannel channel = new EmbeddedChannel(new ResponseOrder(), later);
        for (int i = 0; i < 3; i++)
        {
            channel.writeInbound(request("/" + i));
        }
        answer(channel, later, 2, HttpResponseStatus.NOT_FOUND);
        answer(channel, later, 1, HttpResponseStatus.BAD_REQUEST);
        assertThat((Object)channel.readOutbound()).as("nothing before the first request's answer").isNull();
        answer(channel, later, 0, HttpResponseStatus.CREATED);
        assertThat(statuses(channel)).containsExactly(201, 400, 404);
    }

    @Test
    void shouldStopReadingWithTooManyUnansweredAndReadAgainOnceAnswersCatchUp()
    {
        final Later later = new Later();
        final EmbeddedChannel channel = new EmbeddedChannel(new ResponseOrder(), later);
        for (int i = 0; i < ResponseOrder.PAUSE_AT - 1; i++)
        {
            channel.writeInbound(request("/" + i));
        }
        assertThat(channel.config().isAutoRead()).isTrue();
        channel.writeInbound(request("/last"));
        assertThat(channel.config().isAutoRead()).as("paused at %d unanswered", ResponseOrder.PAUSE_AT).isFalse();

        final int answered = ResponseOrder.PAUSE_AT - ResponseOrder.RESUME_AT;
        for (int i = 0; i < answered - 1; i++)
        {
            answer(channel, later, i, HttpResponseStatus.OK);
        }
        assertThat(channel.config().isAutoRead()).as("still %d waiting", ResponseOrder.RESUME_AT + 1).isFalse();
        answer(channel, later, answered - 1, HttpResponseStatus.OK);
        assertThat(channel.config().isAutoRead()).as("reading again at %d", ResponseOrder.RESUME_AT).isTrue();
        assertThat(statuses(channel)).hasSize(answered);
    }

    @Test
    void shouldLetA100ContinueThroughWithoutEndingItsRequest()
    {
        final Later later = new Later();
        final EmbeddedChannel channel = new EmbeddedChannel(new ResponseOrder(), later);
        channel.writeInbound(request("/0"));
        answer(channel, later, 0, HttpResponseStatus.CONTINUE);
        channel.writeInbound(request("/1"));
        answer(channel, later, 1, HttpResponseStatus.OK);
        assertThat(statuses(channel)).as("the second waits: the first is not answered yet").containsExactly(100);
        answer(channel, later, 0, HttpResponseStatus.CREATED);
        assertThat(statuses(channel)).containsExactly(201, 200);
    }

    @Test
    void shouldReleaseAnswersStillWaitingWhenTheConnectionCloses()
    {
        final Later later = new Later();
        final EmbeddedChannel channel = new EmbeddedChannel(new ResponseOrder(), later);
        channel.writeInbound(request("/0"));
        channel.writeInbound(request("/1"));
        final FullHttpResponse waiting = response(HttpResponseStatus.OK);
        ResponseOrder.within(later.ctx, later.slots.get(1), () -> later.ctx.writeAndFlush(waiting));
        assertThat(waiting.refCnt()).isEqualTo(1);
        channel.close();
        assertThat(waiting.refCnt()).isZero();
    }

    private static void answer(final EmbeddedChannel channel, final Later later, final int index, final HttpResponseStatus status)
    {
        ResponseOrder.within(later.ctx, later.slots.get(index), () -> later.ctx.writeAndFlush(response(status)));
        channel.runPendingTasks();
    }

    private static List<Integer> statuses(final EmbeddedChannel channel)
    {
        final List<Integer> statuses = new ArrayList<>();
        for (FullHttpResponse response = channel.readOutbound(); response != null; response = channel.readOutbound())
        {
            statuses.add(response.status().code());
            response.release();
        }
        return statuses;
    }

    private static DefaultFullHttpRequest request(final String path)
    {
        return new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, path);
    }

    private static FullHttpResponse response(final HttpResponseStatus status)
    {
        return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.buffer(0));
    }
}
