package dev.kairos.solver.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When an SLA clock may run: working hours per day of the week in a time zone's wall-clock time,
 * less holidays. The engine asks it for deadlines and elapsed working time in epoch milliseconds,
 * so it is pure arithmetic on instants it is given; it never reads a clock.
 *
 * <h2>What counts as working time</h2>
 * An instant is working when its wall-clock date and time in the zone, as
 * {@link java.time.ZonedDateTime#ofInstant(Instant, ZoneId)} gives it (the one offset in force at
 * that instant), lies in a working interval of that date, and that date is not a holiday. All
 * arithmetic is in real elapsed milliseconds over those instants. Around daylight-saving changes:
 * <ul>
 *   <li>A gap (clocks go forward): wall-clock times in the gap never happen, so a working interval
 *       loses whatever part of it lies in the gap. 08:00-18:00 is untouched by London's 01:00-02:00
 *       gap and stays 10 h; a 00:00-06:00 night is 5 h; an interval wholly in the gap is empty that
 *       day. Bounds are <em>not</em> moved the way {@link java.time.ZonedDateTime#of} moves a gap
 *       time (later by the gap's length): that would make 01:30-03:00 count only from 02:30, yet
 *       the wall clock reads between 01:30 and 03:00 from 02:00 on.</li>
 *   <li>An overlap (clocks go back): the repeated wall-clock times happen twice, once at each
 *       offset ({@link java.time.ZonedDateTime#withEarlierOffsetAtOverlap()} and
 *       {@link java.time.ZonedDateTime#withLaterOffsetAtOverlap()}), and both count. A 00:00-06:00
 *       night is 7 h; 08:00-18:00 stays 10 h.</li>
 * </ul>
 * So {@link #ALWAYS}, or any calendar of full days, counts real time: 23 h on a spring-forward day
 * and 25 h on a fall-back day. Results depend on the JDK's time-zone rules, so a journal replayed
 * on a JDK with different tzdata can differ where the rules changed.
 *
 * <h2>Range and cost</h2>
 * Working time exists only in [{@link #SUPPORTED_FROM}, {@link #SUPPORTED_UNTIL}), years 1 to 9999
 * UTC. Arguments outside it are clamped to it, and an instant that would lie beyond it is
 * {@link #NEVER}. That keeps every loop bounded: each one steps over whole stretches between
 * UTC-offset changes (two a year in most zones, none in UTC), never over minutes or days, and each
 * stretch costs a few binary searches however many weeks and holidays it spans. A deadline days or
 * weeks away takes about 0.1 µs; a span of centuries about 1 µs per offset change, so the engine
 * should bound ranges by real instants rather than pass {@link #NEVER} as an end in London
 * (about 15 ms for the whole range there).
 *
 * <p>Immutable, with value equality on name and {@link #spec()}; any thread may use it.
 */
public final class BusinessCalendar
{
    /** An instant that never comes: a deadline that cannot be reached, or the end of an open pause. */
    public static final long NEVER = Long.MAX_VALUE;
    /** 0001-01-01T00:00Z, the first instant with working time. */
    public static final long SUPPORTED_FROM = -62_135_596_800_000L;
    /** 10000-01-01T00:00Z, the first instant after the last with working time. */
    public static final long SUPPORTED_UNTIL = 253_402_300_800_000L;

    /** Round the clock every day in UTC, with no holidays: working time is elapsed time. */
    public static final BusinessCalendar ALWAYS = of("24x7", fullDays("UTC"));

    private final String name;
    private final CalendarSpec spec;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final LocalTimeline timeline;

    private BusinessCalendar(final String name, final SpecParser parsed)
    {
        this.name = name;
        this.spec = parsed.canonical();
        this.zone = parsed.zone();
        this.rules = zone.getRules();
        this.timeline = new LocalTimeline(parsed.intervals(), parsed.holidayEpochDays());
    }

    /**
     * A calendar from a client's description.
     *
     * @throws InvalidCalendarException naming every field that is wrong, including a blank name and
     *                                  hours with no working time on any day
     */
    public static BusinessCalendar of(final String name, final CalendarSpec spec)
    {
        Objects.requireNonNull(spec, "spec");
        final SpecParser parsed = SpecParser.parse(spec);
        final List<CalendarSpec.Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank())
        {
            violations.add(new CalendarSpec.Violation("name", name, "must not be blank"));
        }
        violations.addAll(parsed.violations());
        if (!violations.isEmpty())
        {
            throw new InvalidCalendarException(name, violations);
        }
        return new BusinessCalendar(name, parsed);
    }

    public String name()
    {
        return name;
    }

    public ZoneId zone()
    {
        return zone;
    }

    /**
     * This calendar as a spec in canonical form: days in week order, empty days left out, touching
     * intervals joined, times as {@code HH:mm} (or {@code HH:mm:ss}), holidays sorted and distinct.
     * {@code of(name(), spec())} equals this calendar.
     */
    public CalendarSpec spec()
    {
        return spec;
    }

    /** Whether the millisecond starting at {@code instant} is working time. */
    public boolean isWorking(final long instant)
    {
        if (instant < SUPPORTED_FROM || instant >= SUPPORTED_UNTIL)
        {
            return false;
        }
        return timeline.isWorking(instant + offsetMillis(instant));
    }

    /** {@code instant} itself if it is working time, else the next instant that is; {@link #NEVER} if none is left. */
    public long nextWorkingInstant(final long instant)
    {
        if (isWorking(instant))
        {
            return instant;
        }
        final long end = reach(instant, 1);
        return end == NEVER ? NEVER : end - 1;
    }

    /**
     * The instant at which {@code durationMillis} of working time has elapsed since {@code start}:
     * the earliest {@code t} with {@code workingTimeBetween(start, t) == durationMillis}. A clock
     * started outside working time starts at the next working instant. A positive duration that
     * uses up a working interval exactly ends at the interval's end (18:00, not the next morning);
     * a zero duration is reached when the clock starts, at {@link #nextWorkingInstant(long)}.
     *
     * @return the instant, or {@link #NEVER} if it would lie at or after {@link #SUPPORTED_UNTIL}
     * @throws IllegalArgumentException if {@code durationMillis} is negative
     */
    public long addWorkingTime(final long start, final long durationMillis)
    {
        if (durationMillis < 0)
        {
            throw new IllegalArgumentException("durationMillis must not be negative, was " + durationMillis);
        }
        return durationMillis == 0 ? nextWorkingInstant(start) : reach(start, durationMillis);
    }

    /** Working milliseconds in [{@code from}, {@code to}); zero when {@code to <= from}. */
    public long workingTimeBetween(final long from, final long to)
    {
        final long end = Math.min(to, SUPPORTED_UNTIL);
        long at = Math.max(from, SUPPORTED_FROM);
        long total = 0;
        while (at < end)
        {
            final long offset = offsetMillis(at);
            final long stretchEnd = Math.min(nextOffsetChange(at), end);
            total += timeline.cumulative(stretchEnd + offset) - timeline.cumulative(at + offset);
            at = stretchEnd;
        }
        return total;
    }

    private long reach(final long start, final long durationMillis)
    {
        long at = Math.max(start, SUPPORTED_FROM);
        // Working time never outruns elapsed time, so this answers huge durations without a walk.
        if (durationMillis > SUPPORTED_UNTIL - at)
        {
            return NEVER;
        }
        long remaining = durationMillis;
        while (at < SUPPORTED_UNTIL)
        {
            final long offset = offsetMillis(at);
            final long stretchEnd = Math.min(nextOffsetChange(at), SUPPORTED_UNTIL);
            final long atLocal = timeline.cumulative(at + offset);
            final long available = timeline.cumulative(stretchEnd + offset) - atLocal;
            if (available >= remaining)
            {
                return timeline.reaching(atLocal + remaining) - offset;
            }
            remaining -= available;
            at = stretchEnd;
        }
        return NEVER;
    }

    private long offsetMillis(final long instant)
    {
        return rules.getOffset(Instant.ofEpochMilli(instant)).getTotalSeconds() * 1000L;
    }

    /** The first instant after {@code instant} at which the zone's UTC offset changes, or {@link #NEVER}. */
    private long nextOffsetChange(final long instant)
    {
        if (rules.isFixedOffset())
        {
            return NEVER;
        }
        final ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochMilli(instant));
        return next == null ? NEVER : next.toEpochSecond() * 1000L;
    }

    private static CalendarSpec fullDays(final String zone)
    {
        final Map<String, List<CalendarSpec.Interval>> hours = new LinkedHashMap<>();
        for (final DayOfWeek day : DayOfWeek.values())
        {
            hours.put(day.name(), List.of(new CalendarSpec.Interval("00:00", "24:00")));
        }
        return new CalendarSpec(zone, hours, List.of());
    }

    @Override
    public boolean equals(final Object other)
    {
        return other instanceof final BusinessCalendar calendar && name.equals(calendar.name) && spec.equals(calendar.spec);
    }

    @Override
    public int hashCode()
    {
        return 31 * name.hashCode() + spec.hashCode();
    }

    @Override
    public String toString()
    {
        return "BusinessCalendar[" + name + ", " + spec + "]";
    }
}
