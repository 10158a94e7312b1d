package dev.kairos.solver.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link CalendarSpec}'s text into checked values in one pass, collecting every violation
 * rather than stopping at the first, so a client learns all that is wrong in one round trip.
 */
final class SpecParser
{
    static final int SECONDS_PER_DAY = 86_400;

    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9]))?");
    private static final Pattern END_OF_DAY = Pattern.compile("24:00(?::00)?");
    private static final DayOfWeek[] DAYS = DayOfWeek.values();
    private static final int[] NO_INTERVALS = new int[0];

    private final List<CalendarSpec.Violation> violations = new ArrayList<>();
    private final int[][] intervals = new int[DAYS.length][];
    private final TreeSet<LocalDate> holidays = new TreeSet<>();
    private ZoneId zone;

    private SpecParser()
    {
        Arrays.fill(intervals, NO_INTERVALS);
    }

    static SpecParser parse(final CalendarSpec spec)
    {
        final SpecParser parser = new SpecParser();
        parser.readZone(spec.zone());
        parser.readHours(spec.hours());
        parser.readHolidays(spec.holidays());
        return parser;
    }

    /** Position of a day name in the week (Monday first), or 7 for anything that is not one. */
    static int weekOrder(final String day)
    {
        for (final DayOfWeek candidate : DAYS)
        {
            if (candidate.name().equals(day))
            {
                return candidate.ordinal();
            }
        }
        return DAYS.length;
    }

    static String format(final int secondOfDay)
    {
        if (secondOfDay == SECONDS_PER_DAY)
        {
            return "24:00";
        }
        final int hour = secondOfDay / 3600;
        final int minute = secondOfDay / 60 % 60;
        final int second = secondOfDay % 60;
        return second == 0 ? "%02d:%02d".formatted(hour, minute) : "%02d:%02d:%02d".formatted(hour, minute, second);
    }

    List<CalendarSpec.Violation> violations()
    {
        return List.copyOf(violations);
    }

    ZoneId zone()
    {
        return zone;
    }

    /** Per {@link DayOfWeek#ordinal()}: {@code [start, end, start, end, ...]} in seconds of the day, sorted, touching ones joined. */
    int[][] intervals()
    {
        return intervals;
    }

    /** Sorted epoch days. */
    long[] holidayEpochDays()
    {
        return holidays.stream().mapToLong(LocalDate::toEpochDay).toArray();
    }

    /** The spec in one spelling per meaning, so that equal calendars have equal specs; only for a valid spec. */
    CalendarSpec canonical()
    {
        final Map<String, List<CalendarSpec.Interval>> hours = new LinkedHashMap<>();
        for (final DayOfWeek day : DAYS)
        {
            final int[] bounds = intervals[day.ordinal()];
            if (bounds.length > 0)
            {
                final List<CalendarSpec.Interval> list = new ArrayList<>();
                for (int i = 0; i < bounds.length; i += 2)
                {
                    list.add(new CalendarSpec.Interval(format(bounds[i]), format(bounds[i + 1])));
                }
                hours.put(day.name(), list);
            }
        }
        return new CalendarSpec(zone.getId(), hours, holidays.stream().map(LocalDate::toString).toList());
    }

    private void readZone(final String text)
    {
        if (text == null)
        {
            violation("zone", null, "is required");
            return;
        }
        try
        {
            zone = ZoneId.of(text);
        }
        catch (final DateTimeException e)
        {
            violation("zone", text, "must be a time-zone ID such as Europe/London or UTC");
        }
    }

    private void readHours(final Map<String, List<CalendarSpec.Interval>> hours)
    {
        if (hours == null)
        {
            violation("hours", null, "is required");
            return;
        }
        final int before = violations.size();
        for (final Map.Entry<String, List<CalendarSpec.Interval>> entry : hours.entrySet())
        {
            final String key = entry.getKey();
            final int day = weekOrder(key);
            if (day == DAYS.length)
            {
                violation("hours." + key, key, "must be a day of the week in capitals, MONDAY to SUNDAY");
                continue;
            }
            intervals[day] = readDay("hours." + key, entry.getValue());
        }
        final boolean anyWorkingTime = Arrays.stream(intervals).anyMatch(day -> day.length > 0);
        // Only when the days themselves are sound, or this would repeat their mistakes as a second complaint.
        if (violations.size() == before && !anyWorkingTime)
        {
            violation("hours", null, "must give working time on at least one day of the week");
        }
    }

    private int[] readDay(final String field, final List<CalendarSpec.Interval> list)
    {
        if (list == null)
        {
            violation(field, null, "must be a list of intervals, empty for a day without working time");
            return NO_INTERVALS;
        }
        final List<Span> spans = new ArrayList<>();
        for (int i = 0; i < list.size(); i++)
        {
            final String path = field + "[" + i + "]";
            final CalendarSpec.Interval interval = list.get(i);
            if (interval == null)
            {
                violation(path, null, "is required");
                continue;
            }
            final int start = time(path + ".start", interval.start(), false);
            final int end = time(path + ".end", interval.end(), true);
            if (start < 0 || end < 0)
            {
                continue;
            }
            if (end <= start)
            {
                violation(path + ".end", interval.end(), "must be after the start, " + interval.start());
                continue;
            }
            spans.add(new Span(start, end, i));
        }
        spans.sort(Comparator.comparingInt(Span::start));
        Span furthest = null;
        for (final Span span : spans)
        {
            // Against the span reaching furthest so far, so that one inside a long one is caught too.
            if (furthest != null && span.start() < furthest.end())
            {
                violation(field + "[" + span.index() + "]", span.text(), "overlaps " + field + "[" + furthest.index() + "], " + furthest.text());
            }
            if (furthest == null || span.end() > furthest.end())
            {
                furthest = span;
            }
        }
        return joined(spans);
    }

    private static int[] joined(final List<Span> sorted)
    {
        final int[] bounds = new int[sorted.size() * 2];
        int length = 0;
        for (final Span span : sorted)
        {
            if (length > 0 && span.start() <= bounds[length - 1])
            {
                bounds[length - 1] = Math.max(bounds[length - 1], span.end());
            }
            else
            {
                bounds[length++] = span.start();
                bounds[length++] = span.end();
            }
        }
        return Arrays.copyOf(bounds, length);
    }

    /** Seconds of the day, or -1 after recording why the text is not a time. */
    private int time(final String field, final String text, final boolean isEnd)
    {
        if (text == null)
        {
            violation(field, null, "is required");
            return -1;
        }
        if (isEnd && END_OF_DAY.matcher(text).matches())
        {
            return SECONDS_PER_DAY;
        }
        final Matcher matcher = TIME.matcher(text);
        if (!matcher.matches())
        {
            violation(field, text, isEnd
                ? "must be a time of day as HH:mm or HH:mm:ss, up to 24:00 for the end of the day"
                : "must be a time of day as HH:mm or HH:mm:ss, from 00:00 to 23:59:59");
            return -1;
        }
        final int seconds = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        return Integer.parseInt(matcher.group(1)) * 3600 + Integer.parseInt(matcher.group(2)) * 60 + seconds;
    }

    private void readHolidays(final List<String> dates)
    {
        for (int i = 0; i < dates.size(); i++)
        {
            final String field = "holidays[" + i + "]";
            final String text = dates.get(i);
            if (text == null)
            {
                violation(field, null, "is required");
                continue;
            }
            try
            {
                holidays.add(LocalDate.parse(text));
            }
            catch (final DateTimeException e)
            {
                violation(field, text, "must be a date as yyyy-MM-dd");
            }
        }
    }

    private void violation(final String field, final String value, final String message)
    {
        violations.add(new CalendarSpec.Violation(field, value, message));
    }

    private record Span(int start, int end, int index)
    {
        String text()
        {
            return format(start) + "-" + format(end);
        }
    }
}
