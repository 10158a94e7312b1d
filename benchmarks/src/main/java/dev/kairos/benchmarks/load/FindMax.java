package dev.kairos.benchmarks.load;

/**
 * The search {@code --find-max} makes for the highest rate that meets the p99 target: raise the
 * rate by a factor until a step misses, then split the gap between the best pass and the lowest
 * miss until it is within 5 % or the steps run out. Arithmetic only, so its choices are tested
 * without running load. The owning thread only.
 */
final class FindMax
{
    /** Closer than this fraction of the missing rate, another step would not change the report. */
    static final double RESOLUTION = 0.05;

    private final double factor;
    private final int maxSteps;
    private long next;
    private long best;
    private long lowestMiss;
    private int steps;

    FindMax(final long startRate, final double factor, final int maxSteps)
    {
        if (factor <= 1.0)
        {
            throw new IllegalArgumentException("--step-factor: must be more than 1, was " + factor);
        }
        if (maxSteps < 1)
        {
            throw new IllegalArgumentException("--max-steps: must be at least 1, was " + maxSteps);
        }
        this.factor = factor;
        this.maxSteps = maxSteps;
        this.next = Math.min(startRate, OpenLoopSchedule.MAX_RATE);
    }

    /** The rate of the next step, or 0 when the search is over. */
    long nextRate()
    {
        return next;
    }

    void record(final long rate, final boolean met)
    {
        steps++;
        if (met)
        {
            best = Math.max(best, rate);
        }
        else
        {
            lowestMiss = lowestMiss == 0 ? rate : Math.min(lowestMiss, rate);
        }
        next = choose(rate);
    }

    /** The highest rate that met the target; 0 when none did. */
    long best()
    {
        return best;
    }

    /** The lowest rate that missed it; 0 when none did (the search ran out of steps first). */
    long lowestMiss()
    {
        return lowestMiss;
    }

    int steps()
    {
        return steps;
    }

    private long choose(final long lastRate)
    {
        if (steps >= maxSteps)
        {
            return 0;
        }
        if (lowestMiss == 0)
        {
            final long raised = Math.min(OpenLoopSchedule.MAX_RATE, Math.round(lastRate * factor));
            return raised > lastRate ? raised : 0;
        }
        if (lowestMiss - best <= Math.max(1, Math.round(lowestMiss * RESOLUTION)))
        {
            return 0;
        }
        return best + (lowestMiss - best) / 2;
    }
}
