package dev.kairos.solver.wire;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StringTableTest
{
    @Test
    void shouldDecodeTheSameBytesToTheSameInstance()
    {
        final BinaryReader reader = read("E-17", "E-17", "gold", "E-17");
        final String first = reader.getToken();
        assertThat(reader.getToken()).isSameAs(first);
        assertThat(reader.getToken()).isEqualTo("gold");
        assertThat(reader.getToken()).isSameAs(first).isEqualTo("E-17");
    }

    @Test
    void shouldReadWhatGetStringReadsForEveryKindOfValue()
    {
        final String[] values = {"", "a", "T-12345678", "exactly-15-byte", "sixteen-bytes-xx", "ünïcødé-sku", "a much longer title #1"};
        final BinaryReader tokens = read(values);
        final BinaryReader ids = read(values);
        for (final String value : values)
        {
            assertThat(tokens.getToken()).isEqualTo(value);
            assertThat(ids.getId()).isEqualTo(value);
        }
        assertThat(tokens.remaining()).isZero();
        final BinaryWriter writer = new BinaryWriter();
        writer.reset();
        writer.putString(null);
        assertThat(new BinaryReader().wrap(writer.array(), writer.length()).getToken()).isNull();
    }

    @Test
    void shouldTellApartValuesThatTakeOneAnothersSlot()
    {
        final long seed = 20261207L;
        final Random random = new Random(seed);
        final StringTable table = new StringTable(4);
        for (int i = 0; i < 10_000; i++)
        {
            final String value = "T-" + random.nextInt(50);
            final byte[] bytes = ("xx" + value).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(table.get(bytes, 2, bytes.length - 2)).as("seed %d, step %d", seed, i).isEqualTo(value);
        }
    }

    private static BinaryReader read(final String... values)
    {
        final BinaryWriter writer = new BinaryWriter();
        writer.reset();
        for (final String value : values)
        {
            writer.putString(value);
        }
        return new BinaryReader().wrap(writer.array(), writer.length());
    }
}
