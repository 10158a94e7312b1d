package dev.kairos.gateway.http;

import dev.kairos.solver.state.Idempotency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyCacheTest
{
    private static final long T0 = 1_790_000_000_000L;

    private final IdempotencyCache cache = new IdempotencyCache();

    @Test
    void shouldHoldAKeyInFlightThenReplayItsAnswer()
    {
        final IdempotencyCache.Claimed claimed = (IdempotencyCache.Claimed)cache.claim("key-a", "k", "h1", T0);

        final IdempotencyCache.Earlier during = (IdempotencyCache.Earlier)cache.claim("key-a", "k", "h1", T0 + 1);
        assertThat(during.slot().inFlight()).isTrue();
        assertThat(during.sameRequest()).isTrue();

        cache.complete(claimed.id(), 201, "application/json", new byte[] {'{', '}'});
        final IdempotencyCache.Earlier after = (IdempotencyCache.Earlier)cache.claim("key-a", "k", "h1", T0 + 2);
        assertThat(after.slot().inFlight()).isFalse();
        assertThat(after.slot().status()).isEqualTo(201);
        assertThat(after.slot().body()).containsExactly('{', '}');
        assertThat(((IdempotencyCache.Earlier)cache.claim("key-a", "k", "h2", T0 + 3)).sameRequest()).isFalse();
        assertThat(cache.claim("key-b", "k", "h1", T0 + 3)).as("another API key").isInstanceOf(IdempotencyCache.Claimed.class);
    }

    @Test
    void shouldLetAReleasedKeyBeClaimedAgain()
    {
        final IdempotencyCache.Claimed claimed = (IdempotencyCache.Claimed)cache.claim("key-a", "k", "h1", T0);

        cache.release(claimed.id());

        assertThat(cache.claim("key-a", "k", "h2", T0 + 1)).isInstanceOf(IdempotencyCache.Claimed.class);
    }

    @Test
    void shouldForgetAnswersAfterTheRetention()
    {
        final IdempotencyCache.Claimed claimed = (IdempotencyCache.Claimed)cache.claim("key-a", "k", "h1", T0);
        cache.complete(claimed.id(), 200, "application/json", new byte[0]);

        assertThat(cache.claim("key-a", "k", "h2", T0 + Idempotency.RETENTION_MILLIS - 1)).isInstanceOf(IdempotencyCache.Earlier.class);
        assertThat(cache.claim("key-a", "k", "h2", T0 + Idempotency.RETENTION_MILLIS)).isInstanceOf(IdempotencyCache.Claimed.class);
    }

    @Test
    void shouldDropExpiredAnswersAsNewKeysArrive()
    {
        for (int i = 0; i < 100; i++)
        {
            final IdempotencyCache.Claimed claimed = (IdempotencyCache.Claimed)cache.claim("key-a", "k" + i, "h", T0 + i);
            cache.complete(claimed.id(), 200, "application/json", new byte[0]);
        }

        cache.claim("key-a", "late", "h", T0 + Idempotency.RETENTION_MILLIS + 50);

        assertThat(cache.size()).as("k0..k50 expired, k51..k99 and late remain").isEqualTo(50);
    }
}
