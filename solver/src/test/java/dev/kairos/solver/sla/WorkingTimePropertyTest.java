package dev.kairos.solver.sla;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static dev.kairos.solver.sla.Calendars.HOUR;
import static dev.kairos.solver.sla.Calendars.MINUTE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random calendars in zones with awkward rules (a 30-minute change in Lord Howe, changes at
 * midnight in Santiago, a half-hour offset in Kolkata), checked against themselves and against a
 * minute-by-minute count made with ZonedDateTime. Seeded; the seed is in every failure message.
 */
class WorkingTimePropertyTest
{
    private static final long SEED = 20_260_329L;
    private static final List<String> ZONES =
        List.of("Europe/London", "America/New_York", "Australia/Lord_Howe", "America/Santiago", "Asia/Kolkata", "UTC");
    private static final long FROM = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();
    private static final long UNTIL = Instant.parse("2027-06-01T00:00:00Z").toEpochMilli();

    @Test
    void shouldGiveBackTheDurationItAdded()
    {
        final Random random = new Random(SEED);
        for (int calendarIndex = 0; calendarIndex < 40; calendarIndex++)
        {
            final RandomCalendar calendar = RandomCalendar.next(random);
            for (int i = 0; i < 300; i++)
            {
                // Whole minutes half the time, so that targets land exactly on interval bounds.
                final boolean wholeMinutes = random.nextBoolean();
                final long anyStart = FROM + (long)(random.nextDouble() * (UNTIL - FROM));
                final long anyDuration = randomDuration(random);
                final long start = wholeMinutes ? anyStart - anyStart % MINUTE : anyStart;
                final long duration = wholeMinutes ? anyDuration - anyDuration % MINUTE : anyDuration;
                final String context = "seed %d, calendar %d, case %d: %s, start %s, duration %d ms"
                    .formatted(SEED, calendarIndex, i, calendar.spec(), Instant.ofEpochMilli(start), duration);

                final long end = calendar.real().addWorkingTime(start, duration);

                assertThat(calendar.real().workingTimeBetween(start, end)).as(context).isEqualTo(duration);
                if (duration == 0)
                {
                    assertThat(end).as(context).isEqualTo(calendar.real().nextWorkingInstant(start));
                }
                else
                {
                    assertThat(calendar.real().workingTimeBetween(start, end - 1)).as(context + ", earliest").isEqualTo(duration - 1);
                    assertThat(calendar.real().isWorking(end - 1)).as(context + ", last millisecond").isTrue();
                }
            }
        }
    }

    @Test
    void shouldAgreeWithAMinuteByMinuteCount()
    {
        final Random random = new Random(SEED + 1);
        for (int calendarIndex = 0; calendarIndex < 40; calendarIndex++)
        {
            final RandomCalendar calendar = RandomCalendar.next(random);
            for (int window = 0; window < 3; window++)
            {
                // Near a change of the clocks, where one is due, else anywhere.
                final long near = nearATransition(calendar.zone(), random);
                final long from = near - (near % MINUTE) - random.nextInt(48 * 60) * MINUTE;
                final int minutes = random.nextInt(3 * 24 * 60);
                final String context = "seed %d, calendar %d, window %d: %s, from %s"
                    .formatted(SEED + 1, calendarIndex, window, calendar.spec(), Instant.ofEpochMilli(from));

                long expected = 0;
                long nextWorking = BusinessCalendar.NEVER;
                for (int m = minutes - 1; m >= 0; m--)
                {
                    final long instant = from + m * MINUTE;
                    final boolean working = calendar.worksAt(instant);
                    assertThat(calendar.real().isWorking(instant)).as(context + ", isWorking at " + Instant.ofEpochMilli(instant)).isEqualTo(working);
                    if (working)
                    {
                        expected += MINUTE;
                        nextWorking = instant;
                    }
                    if (nextWorking != BusinessCalendar.NEVER)
                    {
                        assertThat(calendar.real().nextWorkingInstant(instant)).as(context + ", next after " + Instant.ofEpochMilli(instant)).isEqualTo(nextWorking);
                    }
                }
                assertThat(calendar.real().workingTimeBetween(from, from + minutes * MINUTE)).as(context).isEqualTo(expected);
            }
        }
    }

    private static long randomDuration(final Random random)
    {
        return switch (random.nextInt(5))
        {
            case 0 -> 0;
            case 1 -> 1 + random.nextInt(1_000);
            case 2 -> random.nextLong(8 * HOUR);
            case 3 -> random.nextLong(200 * HOUR);
            default -> random.nextLong(3_000 * HOUR);
        };
    }

    private static long nearATransition(final ZoneId zone, final Random random)
    {
        final long somewhere = FROM + (long)(random.nextDouble() * (UNTIL - FROM - 10 * 24 * HOUR));
        final ZoneOffsetTransition next = zone.getRules().nextTransition(Instant.ofEpochMilli(somewhere));
        return next == null || next.toEpochSecond() * 1000 > UNTIL ? somewhere : next.toEpochSecond() * 1000;
    }

    /** A random calendar with the data to judge it independently: whole-minute bounds per day and holidays. */
    private record RandomCalendar(BusinessCalendar real, CalendarSpec spec, ZoneId zone, int[][] minutes, Set<LocalDate> holidays)
    {
        static RandomCalendar next(final Random random)
        {
            final ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
            final int[][] minutes = new int[7][];
            boolean anyTime = false;
            for (int day = 0; day < 7; day++)
            {
                minutes[day] = randomDay(random);
                anyTime |= minutes[day].length > 0;
            }
            if (!anyTime)
            {
                minutes[0] = new int[] {9 * 60, 17 * 60};
            }
            final Map<String, List<CalendarSpec.Interval>> hours = new LinkedHashMap<>();
            for (int day = 0; day < 7; day++)
            {
                final List<CalendarSpec.Interval> intervals = new ArrayList<>();
                for (int i = 0; i < minutes[day].length; i += 2)
                {
                    intervals.add(new CalendarSpec.Interval(text(minutes[day][i]), text(minutes[day][i + 1])));
                }
                hours.put(DayOfWeek.of(day + 1).name(), intervals);
            }
            final Set<LocalDate> holidays = new HashSet<>();
            final int holidayCount = random.nextInt(3) == 0 ? 0 : random.nextInt(60);
            for (int i = 0; i < holidayCount; i++)
            {
                holidays.add(LocalDate.of(2025, 6, 1).plusDays(random.nextInt(2 * 366)));
            }
            final CalendarSpec spec = new CalendarSpec(zone.getId(), hours, holidays.stream().map(LocalDate::toString).toList());
            return new RandomCalendar(BusinessCalendar.of("random", spec), spec, zone, minutes, holidays);
        }

        boolean worksAt(final long instant)
        {
            final LocalDateTime local = ZonedDateTime.ofInstant(Instant.ofEpochMilli(instant), zone).toLocalDateTime();
            if (holidays.contains(local.toLocalDate()))
            {
                return false;
            }
            final int minute = local.getHour() * 60 + local.getMinute();
            final int[] bounds = minutes[local.getDayOfWeek().ordinal()];
            for (int i = 0; i < bounds.length; i += 2)
            {
                if (minute >= bounds[i] && minute < bounds[i + 1])
                {
                    return true;
                }
            }
            return false;
        }

        private static int[] randomDay(final Random random)
        {
            return switch (random.nextInt(6))
            {
                case 0 -> new int[0];
                case 1 -> new int[] {0, 24 * 60};
                default ->
                {
                    final TreeSet<Integer> points = new TreeSet<>();
                    final int count = 2 * (1 + random.nextInt(3));
                    while (points.size() < count)
                    {
                        points.add(random.nextInt(24 * 60 + 1));
                    }
                    yield points.stream().mapToInt(Integer::intValue).toArray();
                }
            };
        }

        private static String text(final int minuteOfDay)
        {
            return "%02d:%02d".formatted(minuteOfDay / 60, minuteOfDay % 60);
        }
    }
}
