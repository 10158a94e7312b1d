package dev.kairos.solver.sla;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.kairos.solver.sla.Calendars.interval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

class CalendarSpecTest
{
    private static final String TIME_MESSAGE = "must be a time of day as HH:mm or HH:mm:ss, from 00:00 to 23:59:59";
    private static final String END_MESSAGE = "must be a time of day as HH:mm or HH:mm:ss, up to 24:00 for the end of the day";

    @Test
    void shouldAcceptTheDocumentedExample()
    {
        final CalendarSpec spec = spec("Europe/London", Map.of("MONDAY", List.of(interval("08:00-18:00"))), "2026-12-25");

        assertThat(spec.violations()).isEmpty();
        assertThat(BusinessCalendar.of("uk-office", spec).zone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void shouldNameEveryInvalidFieldAtOnce()
    {
        final Map<String, List<CalendarSpec.Interval>> hours = new LinkedHashMap<>();
        hours.put("Mon", List.of(interval("08:00-18:00")));
        hours.put("TUESDAY", List.of(interval("8am-25:00"), interval("09:00-12:60")));
        final CalendarSpec spec = spec("Mars/Olympus_Mons", hours, "2026-02-30", "25/12/2026");

        assertThat(spec.violations()).containsExactly(
            new CalendarSpec.Violation("zone", "Mars/Olympus_Mons", "must be a time-zone ID such as Europe/London or UTC"),
            new CalendarSpec.Violation("hours.TUESDAY[0].start", "8am", TIME_MESSAGE),
            new CalendarSpec.Violation("hours.TUESDAY[0].end", "25:00", END_MESSAGE),
            new CalendarSpec.Violation("hours.TUESDAY[1].end", "12:60", END_MESSAGE),
            new CalendarSpec.Violation("hours.Mon", "Mon", "must be a day of the week in capitals, MONDAY to SUNDAY"),
            new CalendarSpec.Violation("holidays[0]", "2026-02-30", "must be a date as yyyy-MM-dd"),
            new CalendarSpec.Violation("holidays[1]", "25/12/2026", "must be a date as yyyy-MM-dd"));
    }

    @Test
    void shouldRejectAnIntervalEndingBeforeItStarts()
    {
        final CalendarSpec spec = spec("UTC", Map.of("MONDAY", List.of(interval("18:00-08:00"))));

        assertThat(spec.violations()).containsExactly(
            new CalendarSpec.Violation("hours.MONDAY[0].end", "08:00", "must be after the start, 18:00"));
    }

    @Test
    void shouldRejectAnEmptyInterval()
    {
        final CalendarSpec spec = spec("UTC", Map.of("FRIDAY", List.of(interval("08:00-18:00"), interval("12:00-12:00"))));

        assertThat(spec.violations()).containsExactly(
            new CalendarSpec.Violation("hours.FRIDAY[1].end", "12:00", "must be after the start, 12:00"));
    }

    @Test
    void shouldRejectOverlappingIntervalsWithinADay()
    {
        final CalendarSpec spec = spec("UTC", Map.of("MONDAY",
            List.of(interval("13:00-14:00"), interval("08:00-18:00"), interval("11:00-12:30"), interval("18:00-19:00"))));

        assertThat(spec.violations()).containsExactly(
            new CalendarSpec.Violation("hours.MONDAY[2]", "11:00-12:30", "overlaps hours.MONDAY[1], 08:00-18:00"),
            new CalendarSpec.Violation("hours.MONDAY[0]", "13:00-14:00", "overlaps hours.MONDAY[1], 08:00-18:00"));
    }

    @Test
    void shouldRejectTwentyFourHundredAsAStart()
    {
        final CalendarSpec spec = spec("UTC", Map.of("SUNDAY", List.of(interval("24:00-24:00"))));

        assertThat(spec.violations()).containsExactly(new CalendarSpec.Violation("hours.SUNDAY[0].start", "24:00", TIME_MESSAGE));
    }

    @Test
    void shouldRejectACalendarWithNoWorkingTime()
    {
        final Map<String, List<CalendarSpec.Interval>> emptyDays = Map.of("SATURDAY", List.of(), "SUNDAY", List.of());
        final CalendarSpec.Violation noTime =
            new CalendarSpec.Violation("hours", null, "must give working time on at least one day of the week");

        assertThat(spec("UTC", Map.of()).violations()).containsExactly(noTime);
        assertThat(spec("UTC", emptyDays).violations()).containsExactly(noTime);
        assertThatThrownBy(() -> BusinessCalendar.of("closed", spec("UTC", emptyDays)))
            .isInstanceOf(InvalidCalendarException.class)
            .hasMessage("invalid calendar 'closed': hours: must give working time on at least one day of the week");
    }

    @Test
    void shouldRequireZoneHoursAndEachEntry()
    {
        final Map<String, List<CalendarSpec.Interval>> hours = new HashMap<>();
        hours.put("MONDAY", null);
        hours.put("TUESDAY", Arrays.asList(null, new CalendarSpec.Interval(null, "10:00")));

        assertThat(new CalendarSpec(null, null, null).violations()).containsExactly(
            new CalendarSpec.Violation("zone", null, "is required"),
            new CalendarSpec.Violation("hours", null, "is required"));
        assertThat(new CalendarSpec("UTC", hours, Arrays.asList("2026-01-01", null)).violations()).containsExactly(
            new CalendarSpec.Violation("hours.MONDAY", null, "must be a list of intervals, empty for a day without working time"),
            new CalendarSpec.Violation("hours.TUESDAY[0]", null, "is required"),
            new CalendarSpec.Violation("hours.TUESDAY[1].start", null, "is required"),
            new CalendarSpec.Violation("holidays[1]", null, "is required"));
    }

    @Test
    void shouldCarryEveryViolationInTheExceptionFromOf()
    {
        final CalendarSpec spec = spec("Nowhere", Map.of("MONDAY", List.of(interval("09:00-17:00"))));

        assertThatThrownBy(() -> BusinessCalendar.of(" ", spec))
            .isInstanceOf(InvalidCalendarException.class)
            .hasMessage("invalid calendar ' ': name = ' ': must not be blank; "
                + "zone = 'Nowhere': must be a time-zone ID such as Europe/London or UTC")
            .extracting(e -> ((InvalidCalendarException)e).violations(), list(CalendarSpec.Violation.class))
            .extracting(CalendarSpec.Violation::field)
            .containsExactly("name", "zone");
    }

    @Test
    void shouldSpellTheCanonicalSpecOneWay()
    {
        final Map<String, List<CalendarSpec.Interval>> hours = new HashMap<>();
        hours.put("WEDNESDAY", List.of(interval("13:00-17:30:00"), interval("08:00:00-12:00"), interval("12:00-13:00")));
        hours.put("MONDAY", List.of(interval("08:00:30-24:00:00")));
        hours.put("SUNDAY", List.of());
        final CalendarSpec spec = spec("America/New_York", hours, "2026-12-25", "2026-01-01", "2026-12-25");

        final CalendarSpec canonical = BusinessCalendar.of("ny", spec).spec();

        final Map<String, List<CalendarSpec.Interval>> expected = new LinkedHashMap<>();
        expected.put("MONDAY", List.of(interval("08:00:30-24:00")));
        expected.put("WEDNESDAY", List.of(interval("08:00-17:30")));
        assertThat(canonical).isEqualTo(new CalendarSpec("America/New_York", expected, List.of("2026-01-01", "2026-12-25")));
        assertThat(new ArrayList<>(canonical.hours().keySet())).containsExactly("MONDAY", "WEDNESDAY");
        assertThat(BusinessCalendar.of("ny", canonical).spec()).isEqualTo(canonical);
    }

    @Test
    void shouldKeepItsOwnCopyOfTheCollections()
    {
        final List<CalendarSpec.Interval> monday = new ArrayList<>(List.of(interval("08:00-18:00")));
        final Map<String, List<CalendarSpec.Interval>> hours = new HashMap<>(Map.of("MONDAY", monday));
        final List<String> holidays = new ArrayList<>(List.of("2026-12-25"));
        final CalendarSpec spec = new CalendarSpec("UTC", hours, holidays);

        monday.add(interval("07:00-09:00"));
        hours.put("Tuesday", List.of());
        holidays.add("not a date");

        assertThat(spec.violations()).isEmpty();
    }

    private static CalendarSpec spec(final String zone, final Map<String, List<CalendarSpec.Interval>> hours, final String... holidays)
    {
        return new CalendarSpec(zone, hours, List.of(holidays));
    }
}
