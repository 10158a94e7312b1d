package dev.kairos.solver.sla;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short ways to write calendars and instants in tests. */
final class Calendars
{
    static final String LONDON = "Europe/London";
    static final String NEW_YORK = "America/New_York";
    static final long MINUTE = 60_000L;
    static final long HOUR = 60 * MINUTE;

    private static final List<DayOfWeek> WEEKDAYS =
        List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private Calendars()
    {
    }

    /** Monday to Friday with the given intervals, e.g. {@code "08:00-12:00", "13:00-17:00"}. */
    static BusinessCalendar weekdays(final String zone, final List<String> holidays, final String... intervals)
    {
        return BusinessCalendar.of("weekdays", new CalendarSpec(zone, hours(WEEKDAYS, intervals), holidays));
    }

    /** Every day of the week with the given intervals. */
    static BusinessCalendar everyDay(final String zone, final List<String> holidays, final String... intervals)
    {
        return BusinessCalendar.of("every day", new CalendarSpec(zone, hours(Arrays.asList(DayOfWeek.values()), intervals), holidays));
    }

    static BusinessCalendar aroundTheClock(final String zone, final String... holidays)
    {
        return everyDay(zone, List.of(holidays), "00:00-24:00");
    }

    static Map<String, List<CalendarSpec.Interval>> hours(final List<DayOfWeek> days, final String... intervals)
    {
        final List<CalendarSpec.Interval> list = Arrays.stream(intervals).map(Calendars::interval).toList();
        final Map<String, List<CalendarSpec.Interval>> hours = new LinkedHashMap<>();
        days.forEach(day -> hours.put(day.name(), list));
        return hours;
    }

    static CalendarSpec.Interval interval(final String startDashEnd)
    {
        final String[] bounds = startDashEnd.split("-");
        return new CalendarSpec.Interval(bounds[0], bounds[1]);
    }

    /** A wall-clock time in a zone, e.g. {@code at(LONDON, "2026-03-02T08:00")}; in an overlap, the earlier instant. */
    static long at(final String zone, final String localDateTime)
    {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant().toEpochMilli();
    }

    /** An instant with an explicit offset, for the repeated hour of a fall-back day. */
    static long at(final String offsetDateTime)
    {
        return OffsetDateTime.parse(offsetDateTime).toInstant().toEpochMilli();
    }
}
