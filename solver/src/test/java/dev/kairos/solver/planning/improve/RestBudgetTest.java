package dev.kairos.solver.planning.improve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RestBudgetTest
{
    private static final long MS = 1_000_000L;

    @Test
    void shouldOweARestAsLongAsTheRoundAtRatioOne()
    {
        final RestBudget budget = new RestBudget(1.0, 0);

        budget.worked(0, 10 * MS);

        assertThat(budget.restBefore(10 * MS, false)).isEqualTo(10 * MS);
        assertThat(budget.restBefore(16 * MS, false)).isEqualTo(4 * MS);
        assertThat(budget.restBefore(20 * MS, false)).isZero();
    }

    @Test
    void shouldLetNewWorkStartWhileNoMoreThanTheBurstIsOwed()
    {
        final RestBudget budget = new RestBudget(1.0, 15 * MS);

        budget.worked(0, 10 * MS);
        assertThat(budget.restBefore(10 * MS, true)).as("10 ms owed, 15 allowed").isZero();
        assertThat(budget.restBefore(10 * MS, false)).as("other rounds pay the debt first").isEqualTo(10 * MS);

        budget.worked(10 * MS, 20 * MS);
        assertThat(budget.restBefore(20 * MS, true)).as("20 ms owed").isEqualTo(5 * MS);
        assertThat(budget.restBefore(25 * MS, true)).isZero();
    }

    @Test
    void shouldKeepTheShareOfTheCoreOverALongStretch()
    {
        final RestBudget budget = new RestBudget(1.0, 30 * MS);
        long now = 0;
        long worked = 0;
        while (now < 10_000 * MS)
        {
            now += budget.restBefore(now, true);
            budget.worked(now, now + 7 * MS);
            now += 7 * MS;
            worked += 7 * MS;
        }

        assertThat((double)worked / now).isLessThanOrEqualTo(0.5 + 30.0 / 10_000);
    }

    @Test
    void shouldNeverRestAtRatioZero()
    {
        final RestBudget budget = new RestBudget(0, 0);

        budget.worked(0, 50 * MS);

        assertThat(budget.restBefore(50 * MS, false)).isZero();
    }
}
