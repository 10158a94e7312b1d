package dev.kairos.gateway.limits;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest
{
    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldAllowTheBurstThenRefillAtTheRate()
    {
        final TokenBucket bucket = new TokenBucket(2, 4, 0);
        for (int i = 0; i < 4; i++)
        {
            assertThat(bucket.take(0)).isZero();
        }
        assertThat(bucket.take(0)).as("empty: a token in half a second, rounded up").isEqualTo(1);
        assertThat(bucket.take(SECOND / 2)).isZero();
        assertThat(bucket.take(SECOND / 2)).isEqualTo(1);
        assertThat(bucket.take(100 * SECOND)).as("refills only up to the burst").isZero();
        for (int i = 0; i < 3; i++)
        {
            assertThat(bucket.take(100 * SECOND)).isZero();
        }
        assertThat(bucket.take(100 * SECOND)).isEqualTo(1);
    }

    @Test
    void shouldSayHowManyWholeSecondsUntilASlowRateRefills()
    {
        final TokenBucket bucket = new TokenBucket(0.1, 1, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(10);
        assertThat(bucket.take(4 * SECOND)).isEqualTo(6);
    }
}
