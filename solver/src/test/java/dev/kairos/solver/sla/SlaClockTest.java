package dev.kairos.solver.sla;

import dev.kairos.solver.domain.TimeWindow;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static dev.kairos.solver.sla.BusinessCalendar.NEVER;
import static dev.kairos.solver.sla.Calendars.HOUR;
import static dev.kairos.solver.sla.Calendars.LONDON;
import static dev.kairos.solver.sla.Calendars.MINUTE;
import static dev.kairos.solver.sla.Calendars.at;
import static dev.kairos.solver.sla.Calendars.weekdays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

// Weekdays 08:00-18:00 in London; 2026-03-02 is a Monday, and the clock starts at 09:00 on it.
class SlaClockTest
{
    private static final BusinessCalendar OFFICE = weekdays(LONDON, List.of(), "08:00-18:00");
    private static final long MONDAY_0900 = at(LONDON, "2026-03-02T09:00");

    @Test
    void shouldMatchTheCalendarWhenNeverPaused()
    {
        final SlaClock clock = clock(16 * HOUR);

        assertThat(clock.elapsedAt(at(LONDON, "2026-03-03T12:00"))).isEqualTo(13 * HOUR);
        assertThat(clock.deadline(MONDAY_0900)).isEqualTo(at(LONDON, "2026-03-03T15:00"));
        assertThat(clock.elapsedAt(MONDAY_0900 - HOUR)).isZero();
        assertThat(clock.deadline(MONDAY_0900 - HOUR)).isEqualTo(at(LONDON, "2026-03-03T15:00"));
    }

    @Test
    void shouldExcludeAPauseSpanningTheNight()
    {
        final SlaClock clock = clock(16 * HOUR, pause("2026-03-02T17:00", "2026-03-03T10:00"));
        final long tuesdayNoon = at(LONDON, "2026-03-03T12:00");

        assertThat(clock.elapsedAt(tuesdayNoon)).isEqualTo(8 * HOUR + 2 * HOUR);
        assertThat(clock.deadline(tuesdayNoon)).isEqualTo(at(LONDON, "2026-03-03T18:00"));
        assertThat(clock.isPausedAt(at(LONDON, "2026-03-02T23:00"))).isTrue();
    }

    @Test
    void shouldExcludeAPauseOverTheWeekendAroundTheClock()
    {
        final long fridayNight = at(LONDON, "2026-03-06T20:00");
        final SlaClock clock = new SlaClock(BusinessCalendar.ALWAYS, fridayNight - 4 * HOUR, 24 * HOUR,
            List.of(new TimeWindow(fridayNight, fridayNight + 60 * HOUR)));

        assertThat(clock.elapsedAt(fridayNight + 61 * HOUR)).isEqualTo(5 * HOUR);
        assertThat(clock.deadline(fridayNight + 61 * HOUR)).isEqualTo(fridayNight + 80 * HOUR);
    }

    @Test
    void shouldHoldTheDeadlineWhileAnOpenPauseRuns()
    {
        final SlaClock clock = clock(8 * HOUR, new TimeWindow(at(LONDON, "2026-03-02T12:00"), NEVER));
        final long mondayAfternoon = at(LONDON, "2026-03-02T15:00");

        assertThat(clock.isPausedAt(mondayAfternoon)).isTrue();
        assertThat(clock.elapsedAt(mondayAfternoon)).isEqualTo(3 * HOUR);
        assertThat(clock.elapsedAt(at(LONDON, "2026-04-02T15:00"))).isEqualTo(3 * HOUR);
        assertThat(clock.deadline(mondayAfternoon)).isEqualTo(NEVER);
        assertThat(clock.thresholdAt(50, mondayAfternoon)).isEqualTo(NEVER);
        assertThat(clock.thresholdAt(25, mondayAfternoon)).isEqualTo(at(LONDON, "2026-03-02T11:00"));
    }

    @Test
    void shouldAnswerAsOfNowForAPauseThatEndedLater()
    {
        final SlaClock clock = clock(8 * HOUR, pause("2026-03-02T12:00", "2026-03-03T09:00"));

        assertThat(clock.deadline(at(LONDON, "2026-03-02T11:00"))).as("before the pause began").isEqualTo(at(LONDON, "2026-03-02T17:00"));
        assertThat(clock.deadline(at(LONDON, "2026-03-02T12:00"))).as("as the pause begins").isEqualTo(NEVER);
        assertThat(clock.deadline(at(LONDON, "2026-03-02T15:00"))).as("during the pause").isEqualTo(NEVER);
        assertThat(clock.deadline(at(LONDON, "2026-03-03T09:00"))).as("as it ends").isEqualTo(at(LONDON, "2026-03-03T14:00"));
        assertThat(clock.isPausedAt(at(LONDON, "2026-03-03T09:00"))).isFalse();
    }

    @Test
    void shouldReportAPastDeadlineEvenWhilePausedNow()
    {
        final SlaClock clock = clock(2 * HOUR, new TimeWindow(at(LONDON, "2026-03-02T12:00"), NEVER));

        assertThat(clock.deadline(at(LONDON, "2026-03-02T15:00"))).isEqualTo(at(LONDON, "2026-03-02T11:00"));
        assertThat(clock.elapsedAt(at(LONDON, "2026-03-02T15:00"))).isEqualTo(3 * HOUR);
    }

    @Test
    void shouldReachAZeroTargetWhenTheClockFirstRuns()
    {
        final long saturday = at(LONDON, "2026-03-07T10:00");
        final long mondayOpening = at(LONDON, "2026-03-09T08:00");
        final TimeWindow mondayMorning = new TimeWindow(at(LONDON, "2026-03-08T12:00"), at(LONDON, "2026-03-09T10:00"));

        assertThat(new SlaClock(OFFICE, saturday, 0, List.of()).deadline(saturday)).isEqualTo(mondayOpening);
        assertThat(new SlaClock(OFFICE, MONDAY_0900, 0, List.of()).deadline(MONDAY_0900)).isEqualTo(MONDAY_0900);
        assertThat(new SlaClock(OFFICE, saturday, 0, List.of(mondayMorning)).deadline(mondayOpening + 3 * HOUR))
            .isEqualTo(at(LONDON, "2026-03-09T10:00"));
        assertThat(new SlaClock(OFFICE, saturday, 0, List.of(mondayMorning)).deadline(mondayOpening)).isEqualTo(NEVER);
        assertThat(new SlaClock(OFFICE, saturday, 0, List.of(mondayMorning)).deadline(saturday)).isEqualTo(mondayOpening);
    }

    @Test
    void shouldRoundThresholdsDown()
    {
        final long start = at(LONDON, "2026-03-03T10:00:00.000");

        assertThat(new SlaClock(BusinessCalendar.ALWAYS, start, 999, List.of()).thresholdMillis(50)).isEqualTo(499);
        assertThat(new SlaClock(BusinessCalendar.ALWAYS, start, 999, List.of()).thresholdAt(50, start)).isEqualTo(start + 499);
        assertThat(new SlaClock(BusinessCalendar.ALWAYS, start, 999, List.of()).thresholdAt(100, start)).isEqualTo(start + 999);
        assertThat(clock(HOUR).thresholdMillis(90)).isEqualTo(54 * MINUTE);
        assertThat(clock(HOUR).thresholdMillis(0)).isZero();
        assertThat(clock(8 * HOUR).thresholdMillis(150)).isEqualTo(12 * HOUR);
    }

    @Test
    void shouldReachThresholdsInWorkingTime()
    {
        final SlaClock clock = clock(10 * HOUR, pause("2026-03-02T10:00", "2026-03-02T11:00"));
        final long now = at(LONDON, "2026-03-02T12:00");

        assertThat(clock.thresholdAt(50, now)).isEqualTo(at(LONDON, "2026-03-02T15:00"));
        assertThat(clock.thresholdAt(75, now)).isEqualTo(at(LONDON, "2026-03-02T17:30"));
        assertThat(clock.thresholdAt(90, now)).isEqualTo(at(LONDON, "2026-03-03T09:00"));
        assertThat(clock.thresholdAt(100, now)).isEqualTo(clock.deadline(now)).isEqualTo(at(LONDON, "2026-03-03T10:00"));
        assertThat(clock.thresholdAt(200, now)).isEqualTo(at(LONDON, "2026-03-04T10:00"));
    }

    @Test
    void shouldComputeHugeThresholdsExactlyWithoutOverflow()
    {
        final SlaClock endless = new SlaClock(BusinessCalendar.ALWAYS, 0, Long.MAX_VALUE, List.of());
        final long exact = BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(99)).divide(BigInteger.valueOf(100)).longValueExact();

        assertThat(endless.thresholdMillis(99)).isEqualTo(exact);
        assertThat(endless.thresholdMillis(100)).isEqualTo(Long.MAX_VALUE);
        assertThat(endless.thresholdMillis(300)).isEqualTo(Long.MAX_VALUE);
        assertThat(endless.deadline(0)).isEqualTo(NEVER);
    }

    @Test
    void shouldMergeOverlappingUnsortedPausesAndClipThemToTheStart()
    {
        final SlaClock clock = clock(40 * HOUR,
            pause("2026-03-03T10:00", "2026-03-03T11:00"),
            pause("2026-03-02T08:00", "2026-03-02T10:00"),
            pause("2026-03-03T10:30", "2026-03-03T12:00"),
            pause("2026-03-03T15:00", "2026-03-03T15:00"),
            pause("2026-03-01T08:00", "2026-03-01T10:00"));

        assertThat(clock.pauses()).containsExactly(
            pause("2026-03-02T09:00", "2026-03-02T10:00"),
            pause("2026-03-03T10:00", "2026-03-03T12:00"));
        assertThat(clock.elapsedAt(at(LONDON, "2026-03-03T18:00"))).isEqualTo(8 * HOUR + 8 * HOUR);
    }

    @Test
    void shouldRejectWhatNoClockCanMean()
    {
        assertThatThrownBy(() -> clock(HOUR, pause("2026-03-02T12:00", "2026-03-02T11:00")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("pauses[0] ends before it starts");
        assertThatThrownBy(() -> clock(-1))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("targetMillis must not be negative, was -1");
        assertThatThrownBy(() -> clock(HOUR).thresholdAt(-5, MONDAY_0900))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("percent must not be negative, was -5");
    }

    private static SlaClock clock(final long target, final TimeWindow... pauses)
    {
        return new SlaClock(OFFICE, MONDAY_0900, target, List.of(pauses));
    }

    private static TimeWindow pause(final String from, final String to)
    {
        return new TimeWindow(at(LONDON, from), at(LONDON, to));
    }
}
