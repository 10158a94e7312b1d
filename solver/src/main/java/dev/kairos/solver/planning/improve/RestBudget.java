package dev.kairos.solver.planning.improve;

/**
 * How long the live optimiser must rest: {@code ratio} times as long as it worked, on average, so
 * it takes at most 1 / (1 + ratio) of a core. Rest is owed, not taken at once: a round for new
 * work may start while up to {@code burstNanos} of rest is still owed, and the debt is paid down by
 * the time that passes idle. Resting a round's length after every round made a new ticket that
 * arrived during a rest wait for it, and then behind every other new ticket that did too (issue
 * #4); over any long stretch the share of the core is the same.
 * <p>
 * Times are System.nanoTime values passed in, so tests step them. Optimiser thread only.
 */
final class RestBudget
{
    private final double ratio;
    private final long burstNanos;
    private long owedNanos;
    private long owedAsOf;

    RestBudget(final double ratio, final long burstNanos)
    {
        this.ratio = ratio;
        this.burstNanos = burstNanos;
    }

    /** A round ran from {@code startedNanos} to {@code finishedNanos}. */
    void worked(final long startedNanos, final long finishedNanos)
    {
        owedNanos = owedAt(startedNanos) + (long)((finishedNanos - startedNanos) * ratio);
        owedAsOf = finishedNanos;
    }

    /** How much longer to rest before a round at {@code nowNanos}; 0 to go ahead. */
    long restBefore(final long nowNanos, final boolean newWork)
    {
        return Math.max(0, owedAt(nowNanos) - (newWork ? burstNanos : 0));
    }

    private long owedAt(final long nowNanos)
    {
        return Math.max(0, owedNanos - Math.max(0, nowNanos - owedAsOf));
    }
}
