package dev.kairos.solver.wire;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinaryReaderTest
{
    @Test
    void shouldHandBackOneInstanceForAShortStringReadAgain()
    {
        final BinaryReader reader = new BinaryReader(16);
        final BinaryWriter writer = written("T-4711", "E-12", "T-4711", "E-12");

        reader.wrap(writer.array(), writer.length());
        final String first = reader.getString();
        final String engineer = reader.getString();

        assertThat(reader.getString()).isEqualTo("T-4711").isSameAs(first);
        assertThat(reader.getString()).isEqualTo("E-12").isSameAs(engineer);
    }

    @Test
    void shouldReadEveryStringRightWhenTheyAllShareOneSlot()
    {
        final List<String> values = List.of("T-1", "T-2", "", "T-1", "É-ü", "T-10", "T-01", "T-2", "é");
        final BinaryReader reader = new BinaryReader(1);
        final BinaryWriter writer = written(values.toArray(String[]::new));

        reader.wrap(writer.array(), writer.length());
        final List<String> read = new ArrayList<>();
        for (int i = 0; i < values.size(); i++)
        {
            read.add(reader.getString());
        }

        assertThat(read).containsExactlyElementsOf(values);
        assertThat(reader.remaining()).isZero();
    }

    @Test
    void shouldDecodeLongStringsAndNullsAsAPlainReaderDoes()
    {
        final String title = "Boiler pressure drops overnight, customer has a toddler at home (ß, ø, 水)";
        final BinaryWriter writer = written(title, null, title, "short");
        final BinaryReader interning = new BinaryReader(1024).wrap(writer.array(), writer.length());
        final BinaryReader plain = new BinaryReader().wrap(writer.array(), writer.length());

        for (int i = 0; i < 4; i++)
        {
            assertThat(interning.getString()).isEqualTo(plain.getString());
        }
        assertThat(new BinaryReader(1024).wrap(writer.array(), writer.length()).getString())
            .as("longer than %d bytes: decoded fresh, never cached", BinaryReader.MAX_INTERNED_BYTES)
            .isNotSameAs(interning.wrap(writer.array(), writer.length()).getString());
    }

    @Test
    void shouldRefuseACacheSizeThatIsNotAPowerOfTwo()
    {
        assertThatThrownBy(() -> new BinaryReader(12)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12");
    }

    private static BinaryWriter written(final String... values)
    {
        final BinaryWriter writer = new BinaryWriter();
        for (final String value : values)
        {
            writer.putString(value);
        }
        return writer;
    }
}
