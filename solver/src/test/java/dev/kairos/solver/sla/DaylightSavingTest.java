package dev.kairos.solver.sla;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static dev.kairos.solver.sla.Calendars.HOUR;
import static dev.kairos.solver.sla.Calendars.LONDON;
import static dev.kairos.solver.sla.Calendars.MINUTE;
import static dev.kairos.solver.sla.Calendars.aroundTheClock;
import static dev.kairos.solver.sla.Calendars.at;
import static dev.kairos.solver.sla.Calendars.everyDay;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * London: forward at 01:00 on 2026-03-29, back at 02:00 on 2026-10-25.
 * New York: forward at 02:00 on 2026-03-08, back at 02:00 on 2026-11-01. All four are Sundays.
 */
class DaylightSavingTest
{
    private static final String ZONES = """
        Europe/London,    2026-03-29, 2026-10-25
        America/New_York, 2026-03-08, 2026-11-01
        """;

    @ParameterizedTest
    @CsvSource(textBlock = ZONES)
    void shouldKeepTenWorkingHoursOnTheSpringForwardDay(final String zone, final LocalDate spring, final LocalDate fall)
    {
        final BusinessCalendar office = everyDay(zone, List.of(), "08:00-18:00");

        assertThat(office.workingTimeBetween(at(zone, spring + "T00:00"), at(zone, spring.plusDays(1) + "T00:00"))).isEqualTo(10 * HOUR);
        assertThat(office.addWorkingTime(at(zone, spring + "T08:00"), 10 * HOUR)).isEqualTo(at(zone, spring + "T18:00"));
        assertThat(office.addWorkingTime(at(zone, spring.minusDays(1) + "T17:00"), 2 * HOUR)).isEqualTo(at(zone, spring + "T09:00"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = ZONES)
    void shouldKeepTenWorkingHoursOnTheFallBackDay(final String zone, final LocalDate spring, final LocalDate fall)
    {
        final BusinessCalendar office = everyDay(zone, List.of(), "08:00-18:00");

        assertThat(office.workingTimeBetween(at(zone, fall + "T00:00"), at(zone, fall.plusDays(1) + "T00:00"))).isEqualTo(10 * HOUR);
        assertThat(office.addWorkingTime(at(zone, fall + "T08:00"), 10 * HOUR)).isEqualTo(at(zone, fall + "T18:00"));
        assertThat(office.addWorkingTime(at(zone, fall.minusDays(1) + "T17:00"), 2 * HOUR)).isEqualTo(at(zone, fall + "T09:00"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = ZONES)
    void shouldCountTwentyThreeHoursOnTheSpringForwardDayAroundTheClock(final String zone, final LocalDate spring, final LocalDate fall)
    {
        final BusinessCalendar always = aroundTheClock(zone);
        final long midnight = at(zone, spring + "T00:00");

        assertThat(always.workingTimeBetween(midnight, at(zone, spring.plusDays(1) + "T00:00"))).isEqualTo(23 * HOUR);
        assertThat(always.addWorkingTime(midnight, 24 * HOUR)).isEqualTo(at(zone, spring.plusDays(1) + "T01:00"));
        assertThat(always.addWorkingTime(midnight, 24 * HOUR)).isEqualTo(midnight + 24 * HOUR);
    }

    @ParameterizedTest
    @CsvSource(textBlock = ZONES)
    void shouldCountTwentyFiveHoursOnTheFallBackDayAroundTheClock(final String zone, final LocalDate spring, final LocalDate fall)
    {
        final BusinessCalendar always = aroundTheClock(zone);
        final long midnight = at(zone, fall + "T00:00");

        assertThat(always.workingTimeBetween(midnight, at(zone, fall.plusDays(1) + "T00:00"))).isEqualTo(25 * HOUR);
        assertThat(always.addWorkingTime(midnight, 24 * HOUR)).isEqualTo(at(zone, fall + "T23:00"));
        assertThat(always.addWorkingTime(midnight, 24 * HOUR)).isEqualTo(midnight + 24 * HOUR);
    }

    @ParameterizedTest
    @CsvSource(textBlock = ZONES)
    void shouldCountANightShiftAsTheWallClockRunsIt(final String zone, final LocalDate spring, final LocalDate fall)
    {
        final BusinessCalendar nights = everyDay(zone, List.of(), "00:00-06:00");

        assertThat(nights.workingTimeBetween(at(zone, spring + "T00:00"), at(zone, spring + "T12:00"))).isEqualTo(5 * HOUR);
        assertThat(nights.workingTimeBetween(at(zone, fall + "T00:00"), at(zone, fall + "T12:00"))).isEqualTo(7 * HOUR);
        assertThat(nights.workingTimeBetween(at(zone, fall.plusDays(1) + "T00:00"), at(zone, fall.plusDays(1) + "T12:00"))).isEqualTo(6 * HOUR);
        assertThat(nights.addWorkingTime(at(zone, spring + "T00:00"), 5 * HOUR)).isEqualTo(at(zone, spring + "T06:00"));
        assertThat(nights.addWorkingTime(at(zone, fall + "T00:00"), 7 * HOUR)).isEqualTo(at(zone, fall + "T06:00"));
    }

    @Test
    void shouldLeaveNoWorkingTimeInAnIntervalInsideTheGap()
    {
        final BusinessCalendar inTheGap = everyDay(LONDON, List.of(), "01:15-01:45");

        assertThat(inTheGap.workingTimeBetween(at(LONDON, "2026-03-29T00:00"), at(LONDON, "2026-03-30T00:00"))).isZero();
        assertThat(inTheGap.workingTimeBetween(at(LONDON, "2026-03-28T00:00"), at(LONDON, "2026-03-29T00:00"))).isEqualTo(30 * MINUTE);
        assertThat(inTheGap.addWorkingTime(at(LONDON, "2026-03-29T00:00"), MINUTE)).isEqualTo(at(LONDON, "2026-03-30T01:16"));
    }

    @Test
    void shouldWorkFromTheEndOfTheGapWhenAnIntervalStartsInIt()
    {
        final BusinessCalendar early = everyDay(LONDON, List.of(), "01:30-03:00");

        // The wall clock jumps from 01:00 to 02:00 and reads inside 01:30-03:00 from then until 03:00.
        assertThat(early.workingTimeBetween(at(LONDON, "2026-03-29T00:00"), at(LONDON, "2026-03-30T00:00"))).isEqualTo(HOUR);
        assertThat(early.nextWorkingInstant(at(LONDON, "2026-03-29T00:00"))).isEqualTo(at("2026-03-29T02:00+01:00"));
    }

    @Test
    void shouldWorkBothPassesOfTheRepeatedHour()
    {
        final BusinessCalendar early = everyDay(LONDON, List.of(), "01:30-03:00");

        assertThat(early.isWorking(at("2026-10-25T01:45+01:00"))).isTrue();
        assertThat(early.isWorking(at("2026-10-25T01:45Z"))).isTrue();
        assertThat(early.isWorking(at("2026-10-25T01:15+01:00"))).isFalse();
        assertThat(early.isWorking(at("2026-10-25T01:15Z"))).isFalse();
        // 01:30-02:00 summer time, 01:30-02:00 winter time, then 02:00-03:00.
        assertThat(early.workingTimeBetween(at(LONDON, "2026-10-25T00:00"), at(LONDON, "2026-10-26T00:00"))).isEqualTo(2 * HOUR);
        assertThat(early.addWorkingTime(at(LONDON, "2026-10-25T00:00"), 45 * MINUTE)).isEqualTo(at("2026-10-25T01:45Z"));
        assertThat(early.nextWorkingInstant(at("2026-10-25T02:00+01:00"))).isEqualTo(at("2026-10-25T01:30Z"));
    }

    @Test
    void shouldDropTheWholeDayOfAHolidayThatChangesTheClocks()
    {
        final BusinessCalendar closedOnChangeDays = aroundTheClock(LONDON, "2026-03-29", "2026-10-25");

        assertThat(closedOnChangeDays.workingTimeBetween(at(LONDON, "2026-03-28T00:00"), at(LONDON, "2026-03-31T00:00"))).isEqualTo(48 * HOUR);
        assertThat(closedOnChangeDays.workingTimeBetween(at(LONDON, "2026-10-24T00:00"), at(LONDON, "2026-10-27T00:00"))).isEqualTo(48 * HOUR);
        assertThat(closedOnChangeDays.addWorkingTime(at(LONDON, "2026-03-28T23:00"), 2 * HOUR)).isEqualTo(at(LONDON, "2026-03-30T01:00"));
    }

    @Test
    void shouldCountRealElapsedTimeAroundTheClockOverAYearOfChanges()
    {
        final BusinessCalendar always = aroundTheClock(Calendars.NEW_YORK);
        final long start = at(Calendars.NEW_YORK, "2026-01-15T13:47:12.345");
        final long yearAndABit = 9_000 * HOUR + 123;

        assertThat(always.addWorkingTime(start, yearAndABit)).isEqualTo(start + yearAndABit);
        assertThat(always.workingTimeBetween(start, start + yearAndABit)).isEqualTo(yearAndABit);
    }
}
