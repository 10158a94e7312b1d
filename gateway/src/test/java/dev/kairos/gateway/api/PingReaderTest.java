package dev.kairos.gateway.api;

import dev.kairos.gateway.http.Json;
import dev.kairos.gateway.http.LocationFormat;
import dev.kairos.gateway.http.ProblemException;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.domain.Location;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The ping read off Jackson's parser decides every body exactly as the tree path does, command or problem. */
class PingReaderTest
{
    private static final long AT = Instant.parse("2026-11-23T09:00:00Z").toEpochMilli();

    @Test
    void shouldReadAPlainPingWithoutTheTree()
    {
        final EngineerLocation ping = PingReader.read("E-1", body("{\"lat\":51.5073512345678912,\"lon\":-0.12,\"at\":\"2026-11-23T08:59:00Z\"}"),
            AT, LocationFormat.GEOGRAPHIC);

        assertThat(ping).isEqualTo(new EngineerLocation(AT, "E-1", new Location(51.5073512345678912, -0.12),
            Instant.parse("2026-11-23T08:59:00Z").toEpochMilli()));
        assertThat(PingReader.read("E-1", body("{\"x\":3,\"y\":-4}"), AT, LocationFormat.PLANAR))
            .isEqualTo(new EngineerLocation(AT, "E-1", new Location(3, -4), AT));
        final ByteBuf heap = Unpooled.wrappedBuffer("--{\"lon\":2,\"lat\":1}".getBytes(StandardCharsets.UTF_8)).skipBytes(2);
        assertThat(PingReader.read("E-1", heap, AT, LocationFormat.GEOGRAPHIC))
            .isEqualTo(new EngineerLocation(AT, "E-1", new Location(1, 2), AT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "[]", "{}", "null", "{\"lat\":1}", "{\"lat\":1,\"lon\":2,\"lat\":3}", "{\"lat\":1,\"lon\":2,\"speed\":3}",
        "{\"lat\":\"1\",\"lon\":2}", "{\"lat\":91,\"lon\":2}", "{\"lat\":1,\"lon\":-180.5}", "{\"lat\":1,\"lon\":2,\"at\":null}",
        "{\"lat\":1,\"lon\":2,\"at\":\"yesterday\"}", "{\"lat\":1,\"lon\":2,\"at\":5}", "{\"lat\":1,\"lon\":2} {}",
        "{\"lat\":1,\"lon\":2} x", "{\"lat\":1e400,\"lon\":2}", "{\"lat\":1,\"lon\":2,}", "{,}",
        "{\"lat\":01,\"lon\":2}", "{\"lat\":-,\"lon\":2}", "{\"lat\":1,\"lon\":{\"deg\":2}}", "{\"lat\":1,", "{\"lat\":1 \"lon\":2}"})
    void shouldLeaveEveryOtherBodyToTheTreePath(final String text)
    {
        assertThat(PingReader.read("E-1", body(text), AT, LocationFormat.GEOGRAPHIC)).as(text).isNull();
        assertSameAsTree(text, LocationFormat.GEOGRAPHIC);
    }

    /** Jackson reads these as the tree path's Jackson does: an escaped name, a byte-order mark. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"l\\u0061t\":1,\"lon\":2}", "\ufeff{\"lat\":1,\"lon\":2}"})
    void shouldReadWhatJacksonReadsLikeTheTreePath(final String text)
    {
        assertThat(PingReader.read("E-1", body(text), AT, LocationFormat.GEOGRAPHIC)).as(text)
            .isEqualTo(new EngineerLocation(AT, "E-1", new Location(1, 2), AT));
        assertSameAsTree(text, LocationFormat.GEOGRAPHIC);
    }

    @Test
    void shouldDecideGeneratedBodiesAsTheTreePathDoes()
    {
        final long seed = 20261207L;
        final Random random = new Random(seed);
        final String[] names = {"lat", "lon", "at", "x", "y", "lat", "lon"};
        final String[] values = {"51.5", "-0.1275", "0", "-90", "180", "90.0000001", "1e2", "-1E-3", "123456789012345678901234567890",
            "\"2026-11-23T08:00:00Z\"", "\"2026-11-23T08:00:00.123456789Z\"", "\"08:00\"", "null", "true", "[1]", "\"51.5\"",
            "51.50735123456789123456", "-0.0", "-0", "0", "01", "-", "1.", ".5", "+1", "1e", "1E+2", "-1e-2", "2.5E400",
            "999999999999999999", "9999999999999999999", "-12.000000000000000000000000000000000000000000000000000000000001",
            "\"at\"", "\"2026-11-23T08:00:00\\u005a\"", "{}", "-0.0e0"};
        for (int i = 0; i < 5_000; i++)
        {
            final List<String> fields = new ArrayList<>();
            final int count = random.nextInt(5);
            for (int f = 0; f < count; f++)
            {
                fields.add("\"" + names[random.nextInt(names.length)] + "\":" + values[random.nextInt(values.length)]);
            }
            final String text = "{" + String.join(random.nextInt(10) == 0 ? " , " : ",", fields) + "}"
                + (random.nextInt(20) == 0 ? " " : "");
            assertSameAsTree(text, random.nextBoolean() ? LocationFormat.GEOGRAPHIC : LocationFormat.PLANAR, seed);
        }
    }

    @Test
    void shouldReadCoordinatesToTheSameDoublesAsTheJdk()
    {
        // Jackson's fast parser (on for every request since session 8) must round as Double.parseDouble did before it.
        final long seed = 20261209L;
        final Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++)
        {
            final double value = (random.nextDouble() * 2 - 1) * (random.nextBoolean() ? 90 : 1e9);
            final String text = random.nextBoolean() ? Double.toString(value)
                : String.format(java.util.Locale.ROOT, "%." + (1 + random.nextInt(20)) + "f", value);
            assertThat(com.fasterxml.jackson.core.io.NumberInput.parseDouble(text, true)).as("%s, seed %d", text, seed)
                .isEqualTo(Double.parseDouble(text));
        }
    }

    private static void assertSameAsTree(final String text, final LocationFormat format)
    {
        assertSameAsTree(text, format, 0);
    }

    private static void assertSameAsTree(final String text, final LocationFormat format, final long seed)
    {
        assertThat(outcome(() -> EngineerDecoder.location("E-1", body(text), AT, format)))
            .as("%s (%s, seed %d)", text, format, seed)
            .isEqualTo(outcome(() -> EngineerDecoder.location("E-1", Json.read(body(text)), AT, format)));
    }

    private static Object outcome(final java.util.function.Supplier<EngineerLocation> decode)
    {
        try
        {
            return decode.get();
        }
        catch (final ProblemException ex)
        {
            return ex.problem();
        }
    }

    private static ByteBuf body(final String text)
    {
        // Direct, as the server's buffers are: the reader copies what it cannot read in place.
        final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Unpooled.directBuffer(bytes.length + 1).writeBytes(bytes);
    }
}
