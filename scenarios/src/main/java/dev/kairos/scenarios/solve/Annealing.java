package dev.kairos.scenarios.solve;

import java.util.Random;

/**
 * Simulated annealing over ruin-and-recreate steps, as SISR (Christiaens and Vanden Berghe 2020)
 * accepts them: a candidate replaces the current solution when its cost is below the current cost
 * plus {@code -T ln U}, the temperature T falling geometrically from {@code hot} to {@code cold}.
 * Shared by the VRPTW and TRSP searches, which differ only in their solutions and steps.
 */
final class Annealing
{
    /** What the search needs of a solution type: copies are what steps change. */
    interface Moves<S>
    {
        S copy(S solution);

        double cost(S solution);

        /** Changes {@code candidate} in place; false when the result is not worth a look (it is dropped). */
        boolean step(S candidate);
    }

    /**
     * Runs until the deadline, or for {@code steps} steps when that is not {@link Long#MAX_VALUE}:
     * then the temperature follows the step count, not the clock, so a seed gives the same result
     * on any machine.
     */
    record Budget(long deadlineNanos, long steps)
    {
        static Budget until(final long deadlineNanos)
        {
            return new Budget(deadlineNanos, Long.MAX_VALUE);
        }

        static Budget steps(final long steps)
        {
            return new Budget(Long.MAX_VALUE, steps);
        }
    }

    private Annealing()
    {
    }

    /** The best solution met from {@code start}, which is not changed. */
    static <S> S run(final S start, final Moves<S> moves, final double hot, final double cold, final Random random,
        final Budget budget)
    {
        S current = moves.copy(start);
        S best = moves.copy(start);
        double currentCost = moves.cost(current);
        double bestCost = currentCost;
        final long began = System.nanoTime();
        final double span = Math.max(1, budget.deadlineNanos() - began);
        final boolean counted = budget.steps() != Long.MAX_VALUE;
        long now = began;
        for (long step = 0; counted ? step < budget.steps() : now < budget.deadlineNanos(); step++)
        {
            final double progress = counted ? step / (double)budget.steps() : (now - began) / span;
            final double temperature = hot * Math.pow(cold / hot, progress);
            final S candidate = moves.copy(current);
            if (moves.step(candidate))
            {
                final double candidateCost = moves.cost(candidate);
                if (candidateCost < currentCost - temperature * Math.log(random.nextDouble()))
                {
                    current = candidate;
                    currentCost = candidateCost;
                    if (currentCost < bestCost)
                    {
                        best = moves.copy(current);
                        bestCost = currentCost;
                    }
                }
            }
            now = System.nanoTime();
        }
        return best;
    }
}
