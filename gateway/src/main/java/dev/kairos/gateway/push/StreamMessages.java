package dev.kairos.gateway.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kairos.gateway.http.FieldError;
import dev.kairos.gateway.http.Json;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stream's own messages (not events) and frame helpers. Stateless; any thread. */
final class StreamMessages
{
    private static final int MAX_REASON_BYTES = 123;

    private StreamMessages()
    {
    }

    /** An event's bytes, shared with every other subscriber's frame: no copy. */
    static TextWebSocketFrame frame(final Event event)
    {
        return new TextWebSocketFrame(Unpooled.wrappedBuffer(event.json()));
    }

    /** {@code {"type":"subscribed","position":P,"fromPosition":F}}: events after F (or P, when live) follow. */
    static TextWebSocketFrame subscribed(final long position, final Long fromPosition)
    {
        final Map<String, Object> ack = new LinkedHashMap<>();
        ack.put("type", "subscribed");
        ack.put("position", position);
        ack.put("fromPosition", fromPosition);
        return json(ack);
    }

    /** {@code {"type":"error","detail":...,"errors":[{field, value, message}]}}, sent before closing. */
    static TextWebSocketFrame error(final String detail, final List<FieldError> errors)
    {
        final Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "error");
        error.put("detail", detail);
        error.put("errors", errors);
        return json(error);
    }

    /** A close frame's reason is at most 123 bytes of UTF-8; longer ones are cut at a character boundary. */
    static String clip(final String reason)
    {
        final byte[] utf8 = reason.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= MAX_REASON_BYTES)
        {
            return reason;
        }
        int end = MAX_REASON_BYTES;
        while (end > 0 && (utf8[end] & 0xC0) == 0x80)
        {
            end--;
        }
        return new String(utf8, 0, end, StandardCharsets.UTF_8);
    }

    private static TextWebSocketFrame json(final Object message)
    {
        try
        {
            return new TextWebSocketFrame(Unpooled.wrappedBuffer(Json.MAPPER.writeValueAsBytes(message)));
        }
        catch (final JsonProcessingException ex)
        {
            throw new IllegalStateException("a stream message did not render", ex);
        }
    }
}
