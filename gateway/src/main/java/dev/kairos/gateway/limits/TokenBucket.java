package dev.kairos.gateway.limits;

/**
 * A token bucket: {@code rate} tokens a second up to {@code burst}; a request takes one. Time comes
 * from the caller (nanoseconds of a monotonic clock), so tests drive it. Thread-safe: a key's
 * requests may arrive on several event loops.
 */
public final class TokenBucket
{
    private final double rate;
    private final double burst;
    private double tokens;
    private long lastNanos;

    public TokenBucket(final double rate, final double burst, final long nowNanos)
    {
        this.rate = rate;
        this.burst = burst;
        this.tokens = burst;
        this.lastNanos = nowNanos;
    }

    public double rate()
    {
        return rate;
    }

    public double burst()
    {
        return burst;
    }

    /** Takes a token: 0 when there was one, else the whole seconds (at least 1) until there will be. */
    public synchronized long take(final long nowNanos)
    {
        if (nowNanos > lastNanos)
        {
            tokens = Math.min(burst, tokens + (nowNanos - lastNanos) * rate / 1e9);
            lastNanos = nowNanos;
        }
        if (tokens >= 1)
        {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long)Math.ceil((1 - tokens) / rate));
    }
}
