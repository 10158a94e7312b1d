package dev.kairos.benchmarks.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequestEncoder;
import io.netty.handler.codec.http.HttpVersion;

import java.util.List;

/**
 * Every request a run can send, encoded once by Netty's {@link HttpRequestEncoder} before the run
 * starts. During the run a send only duplicates a buffer, so the generator's share of the two
 * cores goes to timing and reading answers, not to formatting headers. {@link #next} on the
 * client's event loop only; build and close from the owning thread.
 */
final class RequestTemplates implements AutoCloseable
{
    private final ByteBuf[][] byKind = new ByteBuf[Kind.values().length][];
    private final int[] cursor = new int[Kind.values().length];

    /**
     * @param readPaths paths to GET, e.g. {@code /v1/tickets/T-12}
     */
    RequestTemplates(
        final String hostHeader,
        final String apiKey,
        final List<LoadWorkload.Body> creates,
        final List<LoadWorkload.Body> pings,
        final List<String> readPaths)
    {
        byKind[Kind.CREATE.ordinal()] = creates.stream()
            .map(body -> encode(HttpMethod.POST, body.path(), body.json(), hostHeader, apiKey)).toArray(ByteBuf[]::new);
        byKind[Kind.PING.ordinal()] = pings.stream()
            .map(body -> encode(HttpMethod.POST, body.path(), body.json(), hostHeader, apiKey)).toArray(ByteBuf[]::new);
        byKind[Kind.READ.ordinal()] = readPaths.stream()
            .map(path -> encode(HttpMethod.GET, path, null, hostHeader, apiKey)).toArray(ByteBuf[]::new);
    }

    /** Whether there is something to send for every kind the mix asks for. */
    void checkCovers(final Mix mix)
    {
        for (final Kind kind : Kind.values())
        {
            if (mix.weight(kind) > 0 && byKind[kind.ordinal()].length == 0)
            {
                throw new IllegalArgumentException("--mix: asks for " + kind.label() + " requests but the run has none to send");
            }
        }
    }

    /** The next request of this kind, round robin; the caller's write releases it. */
    ByteBuf next(final Kind kind)
    {
        final ByteBuf[] pool = byKind[kind.ordinal()];
        final int at = cursor[kind.ordinal()];
        cursor[kind.ordinal()] = at + 1 == pool.length ? 0 : at + 1;
        return pool[at].retainedDuplicate();
    }

    @Override
    public void close()
    {
        for (final ByteBuf[] pool : byKind)
        {
            for (final ByteBuf template : pool)
            {
                template.release();
            }
        }
    }

    static ByteBuf encode(final HttpMethod method, final String path, final byte[] json, final String hostHeader, final String apiKey)
    {
        final FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, path,
            json == null ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(json));
        request.headers()
            .set(HttpHeaderNames.HOST, hostHeader)
            .set(HttpHeaderNames.AUTHORIZATION, "Bearer " + apiKey);
        if (json != null)
        {
            request.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, json.length);
        }
        final EmbeddedChannel channel = new EmbeddedChannel(new HttpRequestEncoder());
        final ByteBuf encoded = Unpooled.directBuffer();
        try
        {
            channel.writeOutbound(request);
            ByteBuf part;
            while ((part = channel.readOutbound()) != null)
            {
                encoded.writeBytes(part);
                part.release();
            }
        }
        finally
        {
            channel.finishAndReleaseAll();
        }
        return encoded;
    }
}
