package dev.kairos.benchmarks.load;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatencyRecorderTest
{
    private static final long MS = 1_000_000;
    private static final long START = 1_000 * MS;

    /** 1,000 requests a second for a second: request i is due at i ms. Every request a ping. */
    private final OpenLoopSchedule schedule = new OpenLoopSchedule(START, 1_000, 0, 1_000 * MS);
    private final byte[] pings = pings();
    private final LatencyRecorder recorder = new LatencyRecorder(schedule, pings);

    @Test
    void shouldChargeEveryRequestAStallHeldUpFromItsOwnIntendedTime()
    {
        // One connection, one request in flight. Request 0 leaves on time and the server stalls
        // 100 ms; requests 1..99 fall due meanwhile and can only leave when it answers, then
        // each is answered 10 µs after the one before.
        recorder.answered(0, at(0), at(100 * MS), 202);
        for (int i = 1; i < 100; i++)
        {
            final long sent = at(100 * MS + (i - 1) * 10_000L);
            recorder.answered(i, sent, sent + 10_000, 202);
        }

        final RunResult result = recorder.result("kairos", null);

        // Request i was due at i ms and answered at 100 ms + i × 10 µs: 100 ms down to about 2 ms.
        assertThat(result.latency().count()).isEqualTo(100);
        assertThat(result.latency().max()).isCloseTo(100_000, within(100.0));
        assertThat(result.latency().p50()).isCloseTo(50_500, within(100.0));
        assertThat(result.latency().p90()).isCloseTo(90_100, within(100.0));
        // What a closed-loop tool would have seen: one slow request, the rest fast.
        assertThat(result.service().p50()).isCloseTo(10, within(0.1));
        assertThat(result.service().max()).isCloseTo(100_000, within(100.0));
        // The generator's share: request i left about (100 - i) ms late.
        assertThat(result.sendLag().p50()).isCloseTo(49_500, within(100.0));
    }

    @Test
    void shouldChargeUnansweredRequestsWithTheLatencyTheyHadReached()
    {
        recorder.answered(0, at(0), at(MS / 2), 201);
        recorder.unanswered(1, at(MS), at(3_001 * MS), LatencyRecorder.Failure.TIMEOUT);
        recorder.unanswered(2, -1, at(3_001 * MS), LatencyRecorder.Failure.NOT_SENT);

        final RunResult result = recorder.result("kairos", null);

        assertThat(result.latency().count()).isEqualTo(3);
        assertThat(result.latency().max()).isCloseTo(3_000_000, within(3_000.0));
        assertThat(result.errors()).containsEntry("timeout", 1L).containsEntry("not-sent", 1L).hasSize(2);
        assertThat(result.succeeded()).isEqualTo(1);
        assertThat(result.sendLag().count()).isEqualTo(2);
    }

    @Test
    void shouldCountEveryStatusAndTreatAllButSuccessAsErrors()
    {
        recorder.answered(0, at(0), at(MS), 201);
        recorder.answered(1, at(MS), at(2 * MS), 202);
        recorder.answered(2, at(2 * MS), at(3 * MS), 503);
        recorder.answered(3, at(3 * MS), at(4 * MS), 404);

        final RunResult result = recorder.result("kairos", null);

        assertThat(result.statuses()).containsEntry("201", 1L).containsEntry("202", 1L).containsEntry("503", 1L).containsEntry("404", 1L);
        assertThat(result.errors()).containsEntry("503", 1L).containsEntry("404", 1L).hasSize(2);
        assertThat(result.succeeded()).isEqualTo(2);
        assertThat(result.meets(1_000)).isFalse();
    }

    @Test
    void shouldLeaveRequestsDueInTheWarmupOut()
    {
        final OpenLoopSchedule warmed = new OpenLoopSchedule(START, 1_000, 10 * MS, 1_000 * MS);
        final LatencyRecorder recorder = new LatencyRecorder(warmed, pings);

        recorder.answered(9, warmed.intendedNanos(9), warmed.intendedNanos(9) + 50 * MS, 202);
        recorder.answered(10, warmed.intendedNanos(10), warmed.intendedNanos(10) + MS / 4, 202);

        final RunResult result = recorder.result("kairos", null);
        assertThat(result.latency().count()).isEqualTo(1);
        assertThat(result.latency().max()).isCloseTo(250, within(1.0));
    }

    @Test
    void shouldMeasureTheAchievedRateOverTheMeasuredWindow()
    {
        // All 1,000 answered, the last 1 ms after it was due: 1,000 answers in 1.000 s.
        for (int i = 0; i < 1_000; i++)
        {
            recorder.answered(i, at(i * MS), at(i * MS + MS), 202);
        }

        final RunResult result = recorder.result("kairos", null);

        assertThat(result.measuredSeconds()).isEqualTo(1.0);
        assertThat(result.achievedRate()).isEqualTo(1_000.0);
        assertThat(result.latencyByKind()).containsOnlyKeys("ping");
        assertThat(result.meets(1_001)).isTrue();
        assertThat(result.meets(1_000)).isFalse();
    }

    private static long at(final long sinceStartNanos)
    {
        return START + sinceStartNanos;
    }

    private static byte[] pings()
    {
        final byte[] kinds = new byte[Mix.SEQUENCE_LENGTH];
        Arrays.fill(kinds, (byte)Kind.PING.ordinal());
        return kinds;
    }
}
