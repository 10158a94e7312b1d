package dev.kairos.gateway.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written acknowledgement body reads exactly as Jackson would write it. */
class JsonTest
{
    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, 1_000_000_007L, Long.MAX_VALUE})
    void shouldWriteThePositionAsJacksonWritesTheMap(final long position) throws JsonProcessingException
    {
        final ByteBuf target = Unpooled.buffer();
        try
        {
            Json.write(target, new Json.Position(position));

            final String written = target.toString(StandardCharsets.UTF_8);
            assertThat(written).isEqualTo(Json.MAPPER.writeValueAsString(Map.of("position", position)));
            assertThat(Json.MAPPER.writeValueAsString(new Json.Position(position))).isEqualTo(written);
        }
        finally
        {
            target.release();
        }
    }
}
