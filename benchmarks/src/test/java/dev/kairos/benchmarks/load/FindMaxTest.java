package dev.kairos.benchmarks.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FindMaxTest
{
    @Test
    void shouldRaiseTheRateUntilAStepMissesThenSplitTheGap()
    {
        final FindMax search = new FindMax(1_000, 2.0, 6);

        assertThat(search.nextRate()).isEqualTo(1_000);
        search.record(1_000, true);
        assertThat(search.nextRate()).isEqualTo(2_000);
        search.record(2_000, true);
        assertThat(search.nextRate()).isEqualTo(4_000);
        search.record(4_000, true);
        assertThat(search.nextRate()).isEqualTo(8_000);
        search.record(8_000, false);
        assertThat(search.nextRate()).isEqualTo(6_000);
        search.record(6_000, true);
        assertThat(search.nextRate()).isEqualTo(7_000);
        search.record(7_000, false);

        assertThat(search.nextRate()).as("six steps taken").isZero();
        assertThat(search.best()).isEqualTo(6_000);
        assertThat(search.lowestMiss()).isEqualTo(7_000);
    }

    @Test
    void shouldStopOnceTheGapIsWithinFivePercent()
    {
        final FindMax search = new FindMax(10_000, 1.5, 20);
        search.record(10_000, true);
        search.record(15_000, false);
        search.record(12_500, true);
        search.record(13_750, false);
        search.record(13_125, true);

        assertThat(search.nextRate()).as("13,125 to 13,750 is under 5 %% of 13,750").isZero();
        assertThat(search.steps()).isEqualTo(5);
    }

    @Test
    void shouldSearchDownwardsWhenTheFirstStepMisses()
    {
        final FindMax search = new FindMax(20_000, 1.5, 3);
        search.record(20_000, false);

        assertThat(search.nextRate()).isEqualTo(10_000);
        search.record(10_000, false);
        assertThat(search.nextRate()).isEqualTo(5_000);
        search.record(5_000, false);

        assertThat(search.nextRate()).isZero();
        assertThat(search.best()).as("no step met the target").isZero();
        assertThat(search.lowestMiss()).isEqualTo(5_000);
    }

    @Test
    void shouldNotRaiseBeyondTheScheduleLimit()
    {
        final FindMax search = new FindMax(800_000, 2.0, 5);
        search.record(800_000, true);
        assertThat(search.nextRate()).isEqualTo(OpenLoopSchedule.MAX_RATE);
        search.record(OpenLoopSchedule.MAX_RATE, true);

        assertThat(search.nextRate()).isZero();
        assertThat(search.lowestMiss()).isZero();
    }

    @Test
    void shouldRefuseASearchThatCannotRise()
    {
        assertThatThrownBy(() -> new FindMax(1_000, 1.0, 5)).hasMessageContaining("--step-factor");
        assertThatThrownBy(() -> new FindMax(1_000, 1.5, 0)).hasMessageContaining("--max-steps");
    }
}
