package dev.kairos.solver.sla;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A business calendar as a client writes it, e.g.
 * {@code {"zone":"Europe/London","hours":{"MONDAY":[{"start":"08:00","end":"18:00"}]},"holidays":["2026-12-25"]}}.
 *
 * <p>Every leaf is the text the client sent, not a parsed value, so that {@link #violations()} can
 * check all of it in one place and name the field and value of each mistake: a day that is not a
 * day, {@code "25:00"}, {@code "2026-02-30"}, an unknown zone. Typed fields would split that work
 * between the JSON reader and this class, and {@code 24:00} (the end of a full day) is not a
 * {@link java.time.LocalTime} anyway. The same text is what the journal stores and replays.
 *
 * <ul>
 *   <li>{@code zone}: a {@link java.time.ZoneId} such as {@code Europe/London} or {@code UTC}; required.</li>
 *   <li>{@code hours}: by upper-case {@link java.time.DayOfWeek} name, the working intervals of that
 *       day in local wall-clock time, {@code HH:mm} or {@code HH:mm:ss}, start inclusive, end
 *       exclusive; an end may be {@code 24:00}. A day that is absent or empty has no working time.
 *       Intervals of a day must not overlap; touching ones are joined. Required, with working time
 *       on at least one day.</li>
 *   <li>{@code holidays}: ISO dates ({@code yyyy-MM-dd}) with no working time; null means none.</li>
 * </ul>
 *
 * <p>The record tolerates nulls anywhere so that it can describe any request; days are kept in
 * week order (unknown keys after them, sorted) so that violations come out in a stable order.
 */
public record CalendarSpec(String zone, Map<String, List<Interval>> hours, List<String> holidays)
{
    public CalendarSpec
    {
        hours = copyOf(hours);
        holidays = holidays == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(holidays));
    }

    /**
     * Every problem with this spec, each naming its field as a path (e.g. {@code hours.MONDAY[1].end},
     * {@code holidays[0]}), the value sent and why it is wrong; empty when the spec is valid.
     */
    public List<Violation> violations()
    {
        return SpecParser.parse(this).violations();
    }

    /** One working interval of a day, as sent: {@code {"start":"08:00","end":"12:30"}}. */
    public record Interval(String start, String end)
    {
    }

    /** One problem with a spec: the field's path, the value sent (null when it was absent), and why. */
    public record Violation(String field, String value, String message)
    {
        @Override
        public String toString()
        {
            return value == null ? field + ": " + message : field + " = '" + value + "': " + message;
        }
    }

    private static Map<String, List<Interval>> copyOf(final Map<String, List<Interval>> hours)
    {
        if (hours == null)
        {
            return null;
        }
        final List<String> days = new ArrayList<>(hours.keySet());
        days.sort(Comparator.nullsFirst(Comparator.comparingInt(SpecParser::weekOrder).thenComparing(Comparator.naturalOrder())));
        final Map<String, List<Interval>> copy = new LinkedHashMap<>();
        for (final String day : days)
        {
            final List<Interval> intervals = hours.get(day);
            copy.put(day, intervals == null ? null : Collections.unmodifiableList(new ArrayList<>(intervals)));
        }
        return Collections.unmodifiableMap(copy);
    }
}
