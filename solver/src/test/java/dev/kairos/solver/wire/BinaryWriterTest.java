package dev.kairos.solver.wire;

import org.agrona.ExpandableArrayBuffer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Strings are written as Agrona's putStringUtf8 writes them, ASCII or not: the journal's bytes do not change. */
class BinaryWriterTest
{
    private static final String ALPHABET = "aZ09 -_:.\"\\\u0000\u007f\u0080é€\uD83D\uDE00日";

    @Test
    void shouldWriteStringsByteForByteAsAgronaDoes()
    {
        final long seed = 20261210L;
        final Random random = new Random(seed);
        for (int i = 0; i < 5_000; i++)
        {
            final StringBuilder text = new StringBuilder();
            final boolean asciiOnly = random.nextBoolean();
            final int length = random.nextInt(i % 100 == 0 ? 2_000 : 40);
            for (int c = 0; c < length; c++)
            {
                text.append(asciiOnly ? (char)random.nextInt(0x80) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            final BinaryWriter writer = new BinaryWriter();
            writer.putByte(7);
            writer.putString(text.toString());
            writer.putInt(42);

            final ExpandableArrayBuffer expected = new ExpandableArrayBuffer(16);
            expected.putByte(0, (byte)7);
            final int end = 1 + expected.putStringUtf8(1, text.toString());
            expected.putInt(end, 42);
            assertThat(Arrays.copyOf(writer.array(), writer.length())).as("%s, seed %d", text, seed)
                .isEqualTo(Arrays.copyOf(expected.byteArray(), end + Integer.BYTES));
        }
    }
}
