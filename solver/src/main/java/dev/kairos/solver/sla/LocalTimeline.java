package dev.kairos.solver.sla;

import java.util.Arrays;

/**
 * Working time on the wall-clock time line of a calendar, before any time zone: positions are
 * "local millis", milliseconds since 1970-01-01T00:00 on the wall clock, and every day is 24 h.
 *
 * <p>Everything is answered with a cumulative function, {@link #cumulative(long)}: working millis
 * from a fixed origin up to a local instant. Whole weeks are a multiplication, holidays a binary
 * search over their prefix sums, and a day's intervals another, so the cost of any question is
 * logarithmic in the number of holidays and intervals however far apart the instants are.
 * {@link BusinessCalendar} maps real instants onto this line one UTC-offset stretch at a time.
 */
final class LocalTimeline
{
    static final long MILLIS_PER_DAY = 86_400_000L;

    private static final int DAYS_PER_WEEK = 7;
    // 1970-01-01, epoch day 0, was a Thursday; DayOfWeek.ordinal() counts from Monday.
    private static final int EPOCH_DAY_ORDINAL = 3;

    private final int[][] starts;
    private final int[][] ends;
    private final long[][] through;
    private final long weekMillis;
    private final long[] weekPrefix;
    private final long[] holidays;
    private final long[] holidayPrefix;

    /**
     * @param intervals per day of the week, Monday first, {@code [start, end, ...]} in seconds of the day, sorted and disjoint
     * @param holidays  sorted epoch days
     */
    LocalTimeline(final int[][] intervals, final long[] holidays)
    {
        starts = new int[DAYS_PER_WEEK][];
        ends = new int[DAYS_PER_WEEK][];
        through = new long[DAYS_PER_WEEK][];
        final long[] dayMillis = new long[DAYS_PER_WEEK];
        for (int day = 0; day < DAYS_PER_WEEK; day++)
        {
            final int count = intervals[day].length / 2;
            starts[day] = new int[count];
            ends[day] = new int[count];
            through[day] = new long[count];
            long sum = 0;
            for (int i = 0; i < count; i++)
            {
                starts[day][i] = intervals[day][2 * i] * 1000;
                ends[day][i] = intervals[day][2 * i + 1] * 1000;
                sum += ends[day][i] - starts[day][i];
                through[day][i] = sum;
            }
            dayMillis[day] = sum;
        }
        weekPrefix = new long[DAYS_PER_WEEK + 1];
        for (int i = 0; i < DAYS_PER_WEEK; i++)
        {
            weekPrefix[i + 1] = weekPrefix[i] + dayMillis[ordinalOf(i)];
        }
        weekMillis = weekPrefix[DAYS_PER_WEEK];
        if (weekMillis == 0)
        {
            throw new IllegalArgumentException("a calendar needs working time on at least one day of the week");
        }
        this.holidays = holidays.clone();
        holidayPrefix = new long[holidays.length + 1];
        for (int i = 0; i < holidays.length; i++)
        {
            holidayPrefix[i + 1] = holidayPrefix[i] + dayMillis[ordinalOf(holidays[i])];
        }
    }

    /** Whether the wall-clock millisecond starting at {@code local} is working time. */
    boolean isWorking(final long local)
    {
        final long day = Math.floorDiv(local, MILLIS_PER_DAY);
        final int millisOfDay = (int)Math.floorMod(local, MILLIS_PER_DAY);
        if (isHoliday(day))
        {
            return false;
        }
        final int ordinal = ordinalOf(day);
        final int index = lastStartingAtOrBefore(ordinal, millisOfDay);
        return index >= 0 && millisOfDay < ends[ordinal][index];
    }

    /** Working millis from the origin to {@code local}: non-decreasing, rising by one per working millisecond. */
    long cumulative(final long local)
    {
        final long day = Math.floorDiv(local, MILLIS_PER_DAY);
        final int holiday = holidayIndex(day);
        final long beforeDay = weekly(day) - holidayPrefix[holiday];
        if (holiday < holidays.length && holidays[holiday] == day)
        {
            return beforeDay;
        }
        final int ordinal = ordinalOf(day);
        final int millisOfDay = (int)Math.floorMod(local, MILLIS_PER_DAY);
        final int index = lastStartingAtOrBefore(ordinal, millisOfDay);
        if (index < 0)
        {
            return beforeDay;
        }
        final long beforeInterval = through[ordinal][index] - (ends[ordinal][index] - starts[ordinal][index]);
        return beforeDay + beforeInterval + Math.min(millisOfDay, ends[ordinal][index]) - starts[ordinal][index];
    }

    /**
     * The earliest local instant at which {@link #cumulative(long)} reaches {@code value}: the end
     * of the working millisecond that makes it up, so a target that fills a day exactly ends at
     * that day's closing time, not at the next opening.
     */
    long reaching(final long value)
    {
        // The day sought is the first whose end reaches value. Without holidays it lies in the week
        // of value / weekMillis; holidays can only push it later, by at most their total.
        final long totalHolidayMillis = holidayPrefix[holidays.length];
        long notYet = DAYS_PER_WEEK * (Math.floorDiv(value, weekMillis) - 1) - 1;
        long reached = DAYS_PER_WEEK * (Math.floorDiv(value + totalHolidayMillis, weekMillis) + 1);
        while (reached - notYet > 1)
        {
            final long middle = notYet + (reached - notYet) / 2;
            if (beforeDay(middle + 1) >= value)
            {
                reached = middle;
            }
            else
            {
                notYet = middle;
            }
        }
        final long day = reached;
        // day is no holiday and has working time, since the cumulative rises across it.
        final long needed = value - beforeDay(day);
        final int ordinal = ordinalOf(day);
        int index = Arrays.binarySearch(through[ordinal], needed);
        if (index < 0)
        {
            index = -index - 1;
        }
        return day * MILLIS_PER_DAY + ends[ordinal][index] - (through[ordinal][index] - needed);
    }

    /** Working millis from the origin to the start of {@code day}. */
    private long beforeDay(final long day)
    {
        return weekly(day) - holidayPrefix[holidayIndex(day)];
    }

    /** Working millis from the origin to the start of {@code day}, as if there were no holidays. */
    private long weekly(final long day)
    {
        return Math.floorDiv(day, DAYS_PER_WEEK) * weekMillis + weekPrefix[(int)Math.floorMod(day, DAYS_PER_WEEK)];
    }

    private boolean isHoliday(final long day)
    {
        return Arrays.binarySearch(holidays, day) >= 0;
    }

    /** Number of holidays before {@code day}, which is also the index of {@code day} if it is one. */
    private int holidayIndex(final long day)
    {
        final int index = Arrays.binarySearch(holidays, day);
        return index >= 0 ? index : -index - 1;
    }

    private int lastStartingAtOrBefore(final int ordinal, final int millisOfDay)
    {
        final int index = Arrays.binarySearch(starts[ordinal], millisOfDay);
        return index >= 0 ? index : -index - 2;
    }

    private static int ordinalOf(final long epochDay)
    {
        return (int)Math.floorMod(epochDay + EPOCH_DAY_ORDINAL, DAYS_PER_WEEK);
    }
}
