package dev.kairos.solver.sla;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static dev.kairos.solver.sla.Calendars.HOUR;
import static dev.kairos.solver.sla.Calendars.LONDON;
import static dev.kairos.solver.sla.Calendars.MINUTE;
import static dev.kairos.solver.sla.Calendars.at;
import static dev.kairos.solver.sla.Calendars.weekdays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

// 2026-03-02 is a Monday; London is on GMT (UTC+0) throughout these weeks.
class BusinessCalendarTest
{
    private final BusinessCalendar office = weekdays(LONDON, List.of(), "08:00-18:00");

    @Test
    void shouldSkipTheWeekend()
    {
        assertThat(office.addWorkingTime(at(LONDON, "2026-03-06T16:00"), 4 * HOUR)).isEqualTo(at(LONDON, "2026-03-09T10:00"));
        assertThat(office.workingTimeBetween(at(LONDON, "2026-03-06T12:00"), at(LONDON, "2026-03-09T12:00"))).isEqualTo(10 * HOUR);
        assertThat(office.isWorking(at(LONDON, "2026-03-07T12:00"))).isFalse();
    }

    @Test
    void shouldSkipTheLunchGap()
    {
        final BusinessCalendar lunch = weekdays(LONDON, List.of(), "08:00-12:00", "13:00-17:00");

        assertThat(lunch.addWorkingTime(at(LONDON, "2026-03-03T11:00"), 2 * HOUR)).isEqualTo(at(LONDON, "2026-03-03T14:00"));
        assertThat(lunch.workingTimeBetween(at(LONDON, "2026-03-03T00:00"), at(LONDON, "2026-03-04T00:00"))).isEqualTo(8 * HOUR);
        assertThat(lunch.isWorking(at(LONDON, "2026-03-03T12:30"))).isFalse();
        assertThat(lunch.nextWorkingInstant(at(LONDON, "2026-03-03T12:30"))).isEqualTo(at(LONDON, "2026-03-03T13:00"));
    }

    @Test
    void shouldSkipHolidays()
    {
        final BusinessCalendar withGoodFriday = weekdays(LONDON, List.of("2026-04-03"), "08:00-18:00");

        assertThat(withGoodFriday.addWorkingTime(at(LONDON, "2026-04-02T17:00"), 2 * HOUR))
            .isEqualTo(at(LONDON, "2026-04-06T09:00"));
        assertThat(withGoodFriday.isWorking(at(LONDON, "2026-04-03T10:00"))).isFalse();
        assertThat(withGoodFriday.workingTimeBetween(at(LONDON, "2026-03-30T00:00"), at(LONDON, "2026-04-06T00:00")))
            .isEqualTo(40 * HOUR);
    }

    @Test
    void shouldStartTheClockAtTheNextOpeningWhenStartedOutsideHours()
    {
        assertThat(office.addWorkingTime(at(LONDON, "2026-03-03T06:30"), HOUR)).isEqualTo(at(LONDON, "2026-03-03T09:00"));
        assertThat(office.addWorkingTime(at(LONDON, "2026-03-07T12:00"), HOUR)).isEqualTo(at(LONDON, "2026-03-09T09:00"));
        assertThat(office.addWorkingTime(at(LONDON, "2026-03-03T21:00"), HOUR)).isEqualTo(at(LONDON, "2026-03-04T09:00"));
    }

    @Test
    void shouldStartTheNextDayWhenStartedExactlyAtClosingTime()
    {
        final long closing = at(LONDON, "2026-03-03T18:00");

        assertThat(office.isWorking(closing)).isFalse();
        assertThat(office.isWorking(closing - 1)).isTrue();
        assertThat(office.nextWorkingInstant(closing)).isEqualTo(at(LONDON, "2026-03-04T08:00"));
        assertThat(office.addWorkingTime(closing, HOUR)).isEqualTo(at(LONDON, "2026-03-04T09:00"));
    }

    @Test
    void shouldEndAtClosingTimeWhenTheTargetFillsTheDay()
    {
        assertThat(office.addWorkingTime(at(LONDON, "2026-03-03T08:00"), 10 * HOUR)).isEqualTo(at(LONDON, "2026-03-03T18:00"));
        assertThat(office.addWorkingTime(at(LONDON, "2026-03-06T08:00"), 10 * HOUR)).isEqualTo(at(LONDON, "2026-03-06T18:00"));
    }

    @Test
    void shouldCarryMultiDayTargetsAcrossNightsAndWeekends()
    {
        // Wednesday 8 h, Thursday 10 h, Friday 10 h, then 2 h on Monday.
        assertThat(office.addWorkingTime(at(LONDON, "2026-03-04T10:00"), 30 * HOUR)).isEqualTo(at(LONDON, "2026-03-09T10:00"));
        assertThat(office.addWorkingTime(at(LONDON, "2026-03-02T08:00"), 3 * 50 * HOUR)).isEqualTo(at(LONDON, "2026-03-20T18:00"));
        assertThat(office.addWorkingTime(at(LONDON, "2026-03-02T08:00"), 3 * 50 * HOUR + 1)).isEqualTo(at(LONDON, "2026-03-23T08:00") + 1);
    }

    @Test
    void shouldTreatTwentyFourHundredAsTheEndOfTheDay()
    {
        final BusinessCalendar nights = weekdays(LONDON, List.of(), "20:00-24:00");

        assertThat(nights.isWorking(at(LONDON, "2026-03-03T23:59:59.999"))).isTrue();
        assertThat(nights.isWorking(at(LONDON, "2026-03-04T00:00"))).isFalse();
        assertThat(nights.addWorkingTime(at(LONDON, "2026-03-03T22:00"), 3 * HOUR)).isEqualTo(at(LONDON, "2026-03-04T21:00"));
        assertThat(nights.addWorkingTime(at(LONDON, "2026-03-03T22:00"), 2 * HOUR)).isEqualTo(at(LONDON, "2026-03-04T00:00"));
    }

    @Test
    void shouldCountNothingWhenTheRangeIsEmptyOrReversed()
    {
        final long noon = at(LONDON, "2026-03-03T12:00");

        assertThat(office.workingTimeBetween(noon, noon)).isZero();
        assertThat(office.workingTimeBetween(noon, noon - HOUR)).isZero();
        assertThat(office.workingTimeBetween(noon, noon + 1)).isEqualTo(1);
    }

    @Test
    void shouldReachAZeroDurationWhenTheClockStarts()
    {
        assertThat(office.addWorkingTime(at(LONDON, "2026-03-03T10:15"), 0)).isEqualTo(at(LONDON, "2026-03-03T10:15"));
        assertThat(office.addWorkingTime(at(LONDON, "2026-03-07T10:15"), 0)).isEqualTo(at(LONDON, "2026-03-09T08:00"));
    }

    @Test
    void shouldRejectANegativeDuration()
    {
        assertThatThrownBy(() -> office.addWorkingTime(0, -1))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("durationMillis must not be negative, was -1");
    }

    @Test
    void shouldBeExactToTheMillisecond()
    {
        final long start = at(LONDON, "2026-03-03T17:59:59.999");

        assertThat(office.addWorkingTime(start, 1)).isEqualTo(at(LONDON, "2026-03-03T18:00"));
        assertThat(office.addWorkingTime(start, 2)).isEqualTo(at(LONDON, "2026-03-04T08:00:00.001"));
        assertThat(office.nextWorkingInstant(at(LONDON, "2026-03-04T07:59:59.999"))).isEqualTo(at(LONDON, "2026-03-04T08:00"));
    }

    @Test
    void shouldJumpOverAYearOfHolidays()
    {
        final List<String> everyDayOf2027 = Stream.iterate(LocalDate.parse("2027-01-01"), day -> day.getYear() == 2027, day -> day.plusDays(1))
            .map(LocalDate::toString)
            .toList();
        final BusinessCalendar closed2027 = weekdays(LONDON, everyDayOf2027, "08:00-18:00");

        assertThat(closed2027.addWorkingTime(at(LONDON, "2026-12-31T17:00"), 2 * HOUR)).isEqualTo(at(LONDON, "2028-01-03T09:00"));
        assertThat(closed2027.nextWorkingInstant(at(LONDON, "2027-06-01T12:00"))).isEqualTo(at(LONDON, "2028-01-03T08:00"));
        assertThat(closed2027.workingTimeBetween(at(LONDON, "2026-12-31T00:00"), at(LONDON, "2028-01-04T00:00"))).isEqualTo(20 * HOUR);
    }

    @Test
    void shouldRunAlwaysInRealTime()
    {
        final long start = at(LONDON, "2026-03-07T23:59:30");

        assertThat(BusinessCalendar.ALWAYS.name()).isEqualTo("24x7");
        assertThat(BusinessCalendar.ALWAYS.isWorking(start)).isTrue();
        assertThat(BusinessCalendar.ALWAYS.addWorkingTime(start, 1_000 * HOUR + 7)).isEqualTo(start + 1_000 * HOUR + 7);
        assertThat(BusinessCalendar.ALWAYS.workingTimeBetween(start, start + 17 * MINUTE)).isEqualTo(17 * MINUTE);
    }

    @Test
    void shouldAnswerNeverBeyondTheSupportedRange()
    {
        final BusinessCalendar always = BusinessCalendar.ALWAYS;

        assertThat(office.addWorkingTime(0, Long.MAX_VALUE)).isEqualTo(BusinessCalendar.NEVER);
        assertThat(always.addWorkingTime(BusinessCalendar.SUPPORTED_UNTIL - 10, 10)).isEqualTo(BusinessCalendar.SUPPORTED_UNTIL);
        assertThat(always.addWorkingTime(BusinessCalendar.SUPPORTED_UNTIL - 10, 11)).isEqualTo(BusinessCalendar.NEVER);
        assertThat(always.nextWorkingInstant(BusinessCalendar.SUPPORTED_UNTIL)).isEqualTo(BusinessCalendar.NEVER);
        assertThat(always.isWorking(Long.MAX_VALUE)).isFalse();
        assertThat(always.isWorking(Long.MIN_VALUE)).isFalse();
        assertThat(always.nextWorkingInstant(Long.MIN_VALUE)).isEqualTo(BusinessCalendar.SUPPORTED_FROM);
        assertThat(always.workingTimeBetween(0, Long.MAX_VALUE)).isEqualTo(BusinessCalendar.SUPPORTED_UNTIL);
        assertThat(office.workingTimeBetween(Long.MIN_VALUE, Long.MAX_VALUE)).isPositive();
    }

    @Test
    void shouldCompareByNameAndCanonicalSpec()
    {
        final BusinessCalendar sameHoursSpeltDifferently = weekdays(LONDON, List.of(), "08:00:00-12:00", "12:00-18:00");

        assertThat(sameHoursSpeltDifferently).isEqualTo(office).hasSameHashCodeAs(office);
        assertThat(BusinessCalendar.of("other", office.spec())).isNotEqualTo(office);
        assertThat(BusinessCalendar.of(office.name(), office.spec())).isEqualTo(office);
    }
}
