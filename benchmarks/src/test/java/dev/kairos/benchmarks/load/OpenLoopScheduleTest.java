package dev.kairos.benchmarks.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenLoopScheduleTest
{
    private static final long SECOND = OpenLoopSchedule.NANOS_PER_SECOND;
    private static final long START = 5_000_000_123L;

    @Test
    void shouldSpaceRequestsEvenlyFromTheStart()
    {
        final OpenLoopSchedule schedule = new OpenLoopSchedule(START, 1_000, 0, SECOND);

        assertThat(schedule.intendedNanos(0)).isEqualTo(START);
        assertThat(schedule.intendedNanos(1)).isEqualTo(START + 1_000_000);
        assertThat(schedule.intendedNanos(999)).isEqualTo(START + 999_000_000);
    }

    @Test
    void shouldNotDriftWhenTheRateDoesNotDivideASecond()
    {
        final OpenLoopSchedule schedule = new OpenLoopSchedule(START, 3, 0, 10 * SECOND);

        assertThat(schedule.intendedNanos(1)).isEqualTo(START + 333_333_333);
        assertThat(schedule.intendedNanos(2)).isEqualTo(START + 666_666_666);
        assertThat(schedule.intendedNanos(3)).isEqualTo(START + SECOND);
        assertThat(schedule.intendedNanos(29)).isEqualTo(START + 9 * SECOND + 666_666_666);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 3, 7, 999, 1_000, 20_000, 33_333, 1_000_000})
    void shouldMakeEachRequestDueAtItsIntendedTimeAndNotANanosecondBefore(final long rate)
    {
        final OpenLoopSchedule schedule = new OpenLoopSchedule(START, rate, 0, 10 * SECOND);

        for (long i = 0; i < Math.min(schedule.totalCount(), 50_000); i++)
        {
            assertThat(schedule.dueCount(schedule.intendedNanos(i))).as("due at request %d's time, rate %d", i, rate).isEqualTo(i + 1);
            assertThat(schedule.dueCount(schedule.intendedNanos(i) - 1)).as("due just before request %d, rate %d", i, rate).isEqualTo(i);
        }
    }

    @Test
    void shouldHaveNothingDueBeforeTheStartAndNoMoreThanTheTotalAfterTheEnd()
    {
        final OpenLoopSchedule schedule = new OpenLoopSchedule(START, 200, 0, 2 * SECOND);

        assertThat(schedule.dueCount(START - 1)).isZero();
        assertThat(schedule.dueCount(START + 3_600 * SECOND)).isEqualTo(400);
        assertThat(schedule.dueCount(Long.MAX_VALUE)).isEqualTo(400);
    }

    @Test
    void shouldMeasureOnlyRequestsDueAfterTheWarmup()
    {
        final OpenLoopSchedule schedule = new OpenLoopSchedule(START, 20_000, 5 * SECOND, 10 * SECOND);

        assertThat(schedule.warmupCount()).isEqualTo(100_000);
        assertThat(schedule.measuredCount()).isEqualTo(200_000);
        assertThat(schedule.totalCount()).isEqualTo(300_000);
        assertThat(schedule.isMeasured(99_999)).isFalse();
        assertThat(schedule.isMeasured(100_000)).isTrue();
        assertThat(schedule.intendedNanos(100_000)).isEqualTo(START + 5 * SECOND);
    }

    @Test
    void shouldCountRequestsOfATwoSecondRunAtTwoHundredPerSecond()
    {
        final OpenLoopSchedule schedule = new OpenLoopSchedule(START, 200, 0, 2 * SECOND);

        assertThat(schedule.warmupCount()).isZero();
        assertThat(schedule.measuredCount()).isEqualTo(400);
    }

    @Test
    void shouldChargeLatencyFromTheIntendedTimeNotTheSendTime()
    {
        final OpenLoopSchedule schedule = new OpenLoopSchedule(START, 1_000, 0, SECOND);

        // Request 10 was due 10 ms in; whenever it left, an answer at 110 ms is 100 ms late.
        assertThat(schedule.latencyNanos(10, START + 110_000_000)).isEqualTo(100_000_000);
    }

    @Test
    void shouldRefuseRatesAndSpansItCannotKeepExactly()
    {
        assertThatThrownBy(() -> new OpenLoopSchedule(START, 0, 0, SECOND)).hasMessageContaining("rate");
        assertThatThrownBy(() -> new OpenLoopSchedule(START, OpenLoopSchedule.MAX_RATE + 1, 0, SECOND)).hasMessageContaining("rate");
        assertThatThrownBy(() -> new OpenLoopSchedule(START, 100, 0, 0)).hasMessageContaining("duration");
        assertThatThrownBy(() -> new OpenLoopSchedule(START, 100, 1, OpenLoopSchedule.MAX_SPAN_NANOS)).hasMessageContaining("at most 600 s");
    }
}
