package dev.kairos.solver.sla;

import java.util.Comparator;
import java.util.List;

/**
 * Which SLA moment of a ticket falls due next, as of {@code now}: the first reminder above the
 * one last fired, the breach, and each escalation step's next occurrence, on both clocks unless
 * met. A held clock has nothing due until the hold ends. Pure; any thread.
 */
public final class SlaSchedule
{
    /**
     * Earlier first; at the same instant the response clock before the resolution clock, a
     * reminder before the breach before an escalation, lower index first. The engine fires in this
     * order, so catching up after a restart journals moments in deadline order.
     */
    public static final Comparator<SlaMoment> ORDER = Comparator.comparingLong(SlaMoment::dueAt)
        .thenComparing(SlaMoment::clock)
        .thenComparing(SlaMoment::kind)
        .thenComparingInt(SlaMoment::index);

    private static final ClockKind[] KINDS = ClockKind.values();

    private SlaSchedule()
    {
    }

    /** The next moment, or null when nothing can fall due (all met, held, or fired). */
    public static SlaMoment next(final TicketSla sla, final long now)
    {
        return next(sla, now, sla.response().met() ? null : sla.clock(ClockKind.RESPONSE),
            sla.resolution().met() ? null : sla.clock(ClockKind.RESOLUTION));
    }

    /**
     * As {@link #next(TicketSla, long)} with the ticket's clocks already built (null for a met one):
     * every SLA change derives its next moment, and building each clock again, and a moment for every
     * candidate rather than for the one that wins, was most of what a change allocated.
     */
    static SlaMoment next(final TicketSla sla, final long now, final SlaClock responseClock, final SlaClock resolutionClock)
    {
        SlaMoment best = null;
        for (final ClockKind kind : KINDS)
        {
            final ClockState state = sla.state(kind);
            if (state.met())
            {
                continue;
            }
            final SlaClock clock = kind == ClockKind.RESPONSE ? responseClock : resolutionClock;
            if (clock.isPausedAt(now))
            {
                continue;
            }
            final int reminder = nextReminder(sla.policy().spec().reminders(), state.reminded());
            if (reminder > 0)
            {
                final long due = clock.thresholdAt(reminder, now);
                if (earlier(due, kind, SlaEventKind.WARNING, reminder, best))
                {
                    best = new SlaMoment(kind, SlaEventKind.WARNING, reminder, 0, 1, due);
                }
            }
            if (!state.breached())
            {
                final long due = clock.deadline(now);
                if (earlier(due, kind, SlaEventKind.BREACH, 0, best))
                {
                    best = new SlaMoment(kind, SlaEventKind.BREACH, 0, 0, 1, due);
                }
            }
            final List<EscalationStep> steps = sla.policy().spec().escalation();
            for (int i = 0; i < steps.size(); i++)
            {
                final EscalationStep step = steps.get(i);
                final int occurrence = sla.escalations().get(i);
                if (step.clock() == kind && (occurrence == 0 || step.repeats()))
                {
                    final long due = clock.reachedAt(goal(clock, step, occurrence), now);
                    if (earlier(due, step.clock(), SlaEventKind.ESCALATION, i, best))
                    {
                        best = escalation(clock, step, i, occurrence, due, now);
                    }
                }
            }
        }
        return best == null || best.dueAt() == BusinessCalendar.NEVER ? null : best;
    }

    /** Running time at which a step's occurrence {@code n} falls due: threshold + delay + n repeats. */
    static long goal(final SlaClock clock, final EscalationStep step, final long occurrence)
    {
        return saturatedAdd(saturatedAdd(clock.thresholdMillis(step.percent()), step.delayMillis()),
            multiplyCapped(occurrence, step.repeatMillis()));
    }

    private static SlaMoment escalation(
        final SlaClock clock, final EscalationStep step, final int index, final int occurrence, final long due, final long now)
    {
        int count = 1;
        if (occurrence > 0 && due <= now)
        {
            // Repeats that all fell due by now fire as one moment carrying their number.
            final long past = clock.elapsedAt(now) - goal(clock, step, 0);
            final long covered = past / step.repeatMillis() + 1 - occurrence;
            count = (int)Math.max(1, Math.min(Integer.MAX_VALUE - occurrence, covered));
        }
        return new SlaMoment(step.clock(), SlaEventKind.ESCALATION, index, occurrence, count, due);
    }

    private static int nextReminder(final List<Integer> reminders, final int reminded)
    {
        for (int i = 0; i < reminders.size(); i++)
        {
            final int percent = reminders.get(i);
            if (percent > reminded)
            {
                return percent;
            }
        }
        return 0;
    }

    /** Whether a moment with these keys comes before {@code best} in {@link #ORDER} (any does before none), built only if it does. */
    private static boolean earlier(final long dueAt, final ClockKind clock, final SlaEventKind kind, final int index, final SlaMoment best)
    {
        if (best == null)
        {
            return true;
        }
        if (dueAt != best.dueAt())
        {
            return dueAt < best.dueAt();
        }
        if (clock != best.clock())
        {
            return clock.compareTo(best.clock()) < 0;
        }
        if (kind != best.kind())
        {
            return kind.compareTo(best.kind()) < 0;
        }
        return index < best.index();
    }

    private static long saturatedAdd(final long a, final long b)
    {
        final long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiplyCapped(final long a, final long b)
    {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
