package dev.kairos.benchmarks.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MixTest
{
    @Test
    void shouldReadWeightsByNameAndTakeMissingKindsAsZero()
    {
        assertThat(Mix.parse("create=5,ping=90,read=5")).isEqualTo(new Mix(5, 90, 5));
        assertThat(Mix.parse(" ping = 1 ")).isEqualTo(new Mix(0, 1, 0));
        assertThat(new Mix(5, 90, 5)).hasToString("create=5,ping=90,read=5");
    }

    @Test
    void shouldRefuseUnknownKindsAndWeightsThatSendNothing()
    {
        assertThatThrownBy(() -> Mix.parse("create=5,delete=5")).hasMessageContaining("'delete=5'");
        assertThatThrownBy(() -> Mix.parse("create=x")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Mix.parse("create=0,ping=0")).hasMessageContaining("not all 0");
        assertThatThrownBy(() -> Mix.parse("ping=-1,read=2")).hasMessageContaining("0 or more");
    }

    @Test
    void shouldDrawTheSameSequenceFromTheSameSeedInTheMixProportions()
    {
        final Mix mix = new Mix(5, 90, 5);
        final byte[] kinds = mix.sequence(20261123L);

        assertThat(mix.sequence(20261123L)).isEqualTo(kinds);
        final int[] counts = new int[Kind.values().length];
        for (final byte kind : kinds)
        {
            counts[kind]++;
        }
        // 65,536 draws: each share within half a percentage point of its weight.
        assertThat(counts[Kind.CREATE.ordinal()] / (double)kinds.length).isBetween(0.045, 0.055);
        assertThat(counts[Kind.PING.ordinal()] / (double)kinds.length).isBetween(0.895, 0.905);
        assertThat(counts[Kind.READ.ordinal()] / (double)kinds.length).isBetween(0.045, 0.055);
    }

    @Test
    void shouldNeverDrawAKindOfWeightZero()
    {
        final byte[] kinds = new Mix(0, 1, 0).sequence(7L);

        for (final byte kind : kinds)
        {
            assertThat(kind).isEqualTo((byte)Kind.PING.ordinal());
        }
    }
}
