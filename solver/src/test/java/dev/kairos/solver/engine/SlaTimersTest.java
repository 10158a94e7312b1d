package dev.kairos.solver.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SlaTimersTest
{
    private static final long T0 = 1_795_000_000_000L;

    @Test
    void shouldKeepOneWheelTimerForTicketsWaitingForTheSameInstant()
    {
        final SlaTimers timers = new SlaTimers(T0);
        for (int i = 0; i < 100_000; i++)
        {
            timers.add("T-" + i, T0 + 3_600_000);
        }

        assertThat(timers.wheelTimers()).isEqualTo(1);
        final List<String> due = new ArrayList<>();
        timers.expire(T0 + 3_600_000, due::add);
        assertThat(due).hasSize(100_000).doesNotHaveDuplicates();
    }

    @Test
    void shouldHandOverOnlyWhatIsDueAndForgetWhatWasRemoved()
    {
        final SlaTimers timers = new SlaTimers(T0);
        timers.add("T-1", T0 + 10_000);
        timers.add("T-2", T0 + 10_000);
        timers.add("T-3", T0 + 20_000);
        timers.add("T-4", T0 + 90_000_000);
        timers.remove("T-2", T0 + 10_000);
        timers.remove("T-3", T0 + 20_000);
        timers.add("T-3", T0 + 5_000);

        final List<String> due = new ArrayList<>();
        timers.expire(T0 + 86_400_000, due::add);

        assertThat(due).containsExactlyInAnyOrder("T-1", "T-3");
        assertThat(timers.instants()).isEqualTo(1);
        assertThat(timers.wheelTimers()).as("removing the last instant of a second cancels its timer").isEqualTo(1);
    }

    @Test
    void shouldExpireAnInstantAlreadyPastWhenAdded()
    {
        final SlaTimers timers = new SlaTimers(T0);
        final List<String> due = new ArrayList<>();
        timers.expire(T0 + 5_000, due::add);
        timers.add("T-1", T0 - 60_000);

        timers.expire(T0 + 5_000, due::add);

        assertThat(due).containsExactly("T-1");
    }

    @Test
    void shouldKeepOneWheelTimerForASecondOfDistinctInstantsAndHandThemOverInOrderOfTime()
    {
        // Under load each create brings its own millisecond deadlines: a second's worth share one timer.
        final long second = T0 + 3_600_000 - Math.floorMod(T0 + 3_600_000, SlaTimers.TICK_MILLIS);
        final SlaTimers timers = new SlaTimers(T0);
        for (int i = 0; i < (int)SlaTimers.TICK_MILLIS; i++)
        {
            timers.add("T-" + i, second + i);
        }
        assertThat(timers.instants()).isEqualTo((int)SlaTimers.TICK_MILLIS);
        assertThat(timers.wheelTimers()).isEqualTo(1);

        final List<String> due = new ArrayList<>();
        timers.expire(second + 99, due::add);
        assertThat(due).hasSize(100).allSatisfy(id -> assertThat(Integer.parseInt(id.substring(2))).isLessThan(100));
        timers.remove("T-100", second + 100);
        timers.expire(second + 100, due::add);
        assertThat(due).hasSize(100);
        timers.expire(second + SlaTimers.TICK_MILLIS - 1, due::add);
        assertThat(due).hasSize((int)SlaTimers.TICK_MILLIS - 1).doesNotHaveDuplicates();
        assertThat(timers.wheelTimers()).isZero();
    }

    @Test
    void shouldHandOverExactlyWhatAPlainMapSaysIsDueWhenDeadlinesCrowdIntoFewSeconds()
    {
        final long seed = 20261207L;
        final Random random = new Random(seed);
        final SlaTimers timers = new SlaTimers(T0);
        final Map<String, Long> model = new HashMap<>();
        long now = T0;
        for (int round = 0; round < 3_000; round++)
        {
            for (int i = random.nextInt(30); i > 0; i--)
            {
                final String ticket = "T-" + random.nextInt(400);
                final Long old = model.remove(ticket);
                if (old != null)
                {
                    timers.remove(ticket, old);
                }
                if (random.nextInt(5) > 0)
                {
                    final long deadline = now + random.nextInt(4_000) - 500;
                    model.put(ticket, deadline);
                    timers.add(ticket, deadline);
                }
            }
            now += random.nextInt(300);
            final List<String> due = new ArrayList<>();
            timers.expire(now, due::add);
            final long at = now;
            final List<String> expected = model.entrySet().stream().filter(e -> e.getValue() <= at).map(Map.Entry::getKey).toList();
            assertThat(due).as("seed %d, round %d", seed, round).containsExactlyInAnyOrderElementsOf(expected);
            expected.forEach(model::remove);
            assertThat(timers.wheelTimers()).as("seed %d, round %d", seed, round).isEqualTo(timers.buckets());
        }
    }

    @Test
    void shouldHandOverExactlyWhatAPlainMapSaysIsDue()
    {
        final long seed = 20261123L;
        final Random random = new Random(seed);
        final SlaTimers timers = new SlaTimers(T0);
        final Map<String, Long> model = new HashMap<>();
        long now = T0;
        for (int round = 0; round < 2_000; round++)
        {
            for (int i = random.nextInt(20); i > 0; i--)
            {
                final String ticket = "T-" + random.nextInt(500);
                final Long old = model.remove(ticket);
                if (old != null)
                {
                    timers.remove(ticket, old);
                }
                if (random.nextInt(4) > 0)
                {
                    // Often on a few shared instants, sometimes in the past, sometimes far ahead.
                    final long deadline = random.nextBoolean() ? T0 + random.nextInt(50) * 60_000L :
                        now + random.nextInt(7_200_000) - 600_000;
                    model.put(ticket, deadline);
                    timers.add(ticket, deadline);
                }
            }
            now += random.nextInt(random.nextInt(10) == 0 ? 3_600_000 : 5_000);
            final List<String> due = new ArrayList<>();
            timers.expire(now, due::add);
            final long at = now;
            final List<String> expected = model.entrySet().stream().filter(e -> e.getValue() <= at).map(Map.Entry::getKey).toList();
            assertThat(due).as("seed %d, round %d", seed, round).containsExactlyInAnyOrderElementsOf(expected);
            expected.forEach(model::remove);
            assertThat(timers.wheelTimers()).as("no stale timers, round %d", round).isEqualTo(timers.buckets());
        }
    }
}
