package dev.kairos.solver.sla;

import dev.kairos.solver.domain.TimeWindow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One SLA clock of a ticket: it runs in its calendar's working time from {@code start}, stops
 * during pauses (while the ticket waits on the customer), and is due once {@code targetMillis} of
 * running time has passed. The engine keeps start and pauses in its journal and asks this record
 * what they add up to, so every answer is a pure function of the fields and a {@code now} passed in.
 *
 * <h2>As of {@code now}</h2>
 * Each question is answered as the engine would have answered it at {@code now}, knowing only what
 * had happened by then; so replaying the journal, or asking later about an earlier {@code now} with
 * the full pause list, gives the same answers.
 * <ul>
 *   <li>A pause that starts after {@code now} had not happened yet and is ignored ("no further
 *       pauses after now").</li>
 *   <li>A pause that covers {@code now} ({@code pause.start <= now < pause.end}) holds the clock,
 *       and its end was not known at {@code now}, even if the list already has it: while paused,
 *       a deadline or threshold not yet reached is {@link BusinessCalendar#NEVER}. An open pause
 *       has {@code end == NEVER}.</li>
 *   <li>A deadline or threshold already reached before {@code now} is the past instant at which
 *       it was reached, paused now or not.</li>
 * </ul>
 *
 * <p>Pauses may be given in any order and may overlap or reach before {@code start}; the record
 * keeps them clipped to {@code start}, sorted and merged. Immutable; any thread may use it.
 *
 * @param calendar     when the clock may run
 * @param start        when the clock was started, epoch millis; it runs from the next working instant
 * @param targetMillis running time allowed, in working milliseconds
 * @param pauses       [start, end) stretches in which the clock is held, epoch millis
 */
public record SlaClock(BusinessCalendar calendar, long start, long targetMillis, List<TimeWindow> pauses)
{
    public SlaClock
    {
        Objects.requireNonNull(calendar, "calendar");
        if (targetMillis < 0)
        {
            throw new IllegalArgumentException("targetMillis must not be negative, was " + targetMillis);
        }
        pauses = normalised(start, pauses);
    }

    /** Whether a pause holds the clock at {@code now}. */
    public boolean isPausedAt(final long now)
    {
        for (int i = 0; i < pauses.size(); i++)
        {
            if (pauses.get(i).contains(now))
            {
                return true;
            }
        }
        return false;
    }

    /** Running time in [start, now): working time outside pauses. Zero before the start. */
    public long elapsedAt(final long now)
    {
        long running = start;
        long elapsed = 0;
        for (int i = 0; i < pauses.size(); i++)
        {
            final TimeWindow pause = pauses.get(i);
            if (pause.start() >= now)
            {
                break;
            }
            elapsed += calendar.workingTimeBetween(running, pause.start());
            running = pause.end();
        }
        return elapsed + calendar.workingTimeBetween(running, now);
    }

    /**
     * The instant the target is reached, as of {@code now}; see the class description for pauses.
     * A zero target is reached when the clock first runs.
     */
    public long deadline(final long now)
    {
        return reaching(targetMillis, now);
    }

    /**
     * The instant {@link #thresholdMillis(int) percent of the target} is reached, as of {@code now},
     * e.g. 75 for a warning at three quarters of the target.
     */
    public long thresholdAt(final int percent, final long now)
    {
        return reaching(thresholdMillis(percent), now);
    }

    /**
     * {@code percent} of the target in working milliseconds, rounded down: {@code floor(target *
     * percent / 100)}, exactly, without overflow. Rounding down means a warning is never late;
     * 100 gives the target itself, and above 100 gives escalations after the deadline.
     *
     * @throws IllegalArgumentException if {@code percent} is negative
     */
    public long thresholdMillis(final int percent)
    {
        if (percent < 0)
        {
            throw new IllegalArgumentException("percent must not be negative, was " + percent);
        }
        // target = 100q + r, so target * p / 100 = q * p + r * p / 100, and r * p cannot overflow.
        final long wholeHundreds = targetMillis / 100;
        final long rest = targetMillis % 100 * percent / 100;
        if (wholeHundreds > (Long.MAX_VALUE - rest) / Math.max(percent, 1))
        {
            return Long.MAX_VALUE;
        }
        return wholeHundreds * percent + rest;
    }

    /**
     * The instant {@code elapsedMillis} of running time is reached, as of {@code now}: for
     * moments measured past a threshold, such as an escalation delay or its repeats.
     *
     * @throws IllegalArgumentException if {@code elapsedMillis} is negative
     */
    public long reachedAt(final long elapsedMillis, final long now)
    {
        if (elapsedMillis < 0)
        {
            throw new IllegalArgumentException("elapsedMillis must not be negative, was " + elapsedMillis);
        }
        return reaching(elapsedMillis, now);
    }

    /** The first instant by which {@code goal} of running time has elapsed, as of {@code now}. */
    private long reaching(final long goal, final long now)
    {
        long running = start;
        long remaining = goal;
        // Indexed: an iterator for each of the several questions every SLA change asks was garbage the compiler kept.
        for (int i = 0; i < pauses.size(); i++)
        {
            final TimeWindow pause = pauses.get(i);
            if (pause.start() > now)
            {
                break;
            }
            if (remaining == 0)
            {
                // A zero goal is reached when the clock first runs, if it does before this pause.
                final long first = calendar.nextWorkingInstant(running);
                if (first < pause.start())
                {
                    return first;
                }
            }
            else
            {
                final long available = calendar.workingTimeBetween(running, pause.start());
                if (available >= remaining)
                {
                    return calendar.addWorkingTime(running, remaining);
                }
                remaining -= available;
            }
            if (pause.end() > now)
            {
                return BusinessCalendar.NEVER;
            }
            running = pause.end();
        }
        return calendar.addWorkingTime(running, remaining);
    }

    /** Already clipped to {@code start}, sorted, non-empty and apart: what {@link #normalised} would return unchanged. */
    private static boolean isNormal(final long start, final List<TimeWindow> pauses)
    {
        long previousEnd = Long.MIN_VALUE;
        for (int i = 0; i < pauses.size(); i++)
        {
            final TimeWindow pause = pauses.get(i);
            if (pause == null || pause.start() < start || pause.end() <= pause.start() || i > 0 && pause.start() <= previousEnd)
            {
                return false;
            }
            previousEnd = pause.end();
        }
        return true;
    }

    private static List<TimeWindow> normalised(final long start, final List<TimeWindow> pauses)
    {
        Objects.requireNonNull(pauses, "pauses");
        if (pauses.isEmpty())
        {
            // Most clocks have never paused: no lists to build (every SLA derivation makes several clocks).
            return List.of();
        }
        if (isNormal(start, pauses))
        {
            // A ticket's clocks are rebuilt from its holds several times per change, and the holds are kept normal.
            return List.copyOf(pauses);
        }
        final List<TimeWindow> clipped = new ArrayList<>();
        for (int i = 0; i < pauses.size(); i++)
        {
            final TimeWindow pause = pauses.get(i);
            if (pause == null)
            {
                throw new NullPointerException("pauses[" + i + "]");
            }
            if (pause.end() < pause.start())
            {
                throw new IllegalArgumentException("pauses[" + i + "] ends before it starts: " + pause);
            }
            final long from = Math.max(pause.start(), start);
            if (pause.end() > from)
            {
                clipped.add(new TimeWindow(from, pause.end()));
            }
        }
        clipped.sort(Comparator.comparingLong(TimeWindow::start));
        final List<TimeWindow> merged = new ArrayList<>();
        for (final TimeWindow pause : clipped)
        {
            final int last = merged.size() - 1;
            if (last >= 0 && pause.start() <= merged.get(last).end())
            {
                final TimeWindow previous = merged.get(last);
                merged.set(last, new TimeWindow(previous.start(), Math.max(previous.end(), pause.end())));
            }
            else
            {
                merged.add(pause);
            }
        }
        return List.copyOf(merged);
    }
}
