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

    private SlaSchedule()
    {
    }

    /** The next moment, or null when nothing can fall due (all met, held, or fired). */
    public static SlaMoment next(final TicketSla sla, final long now)
    {
        SlaMoment best = null;
        for (final ClockKind kind : ClockKind.values())
        {
            final ClockState state = sla.state(kind);
            if (state.met())
            {
                continue;
            }
            final SlaClock clock = sla.clock(kind);
            if (clock.isPausedAt(now))
            {
                continue;
            }
            final int reminder = nextReminder(sla.policy().spec().reminders(), state.reminded());
            if (reminder > 0)
            {
                best = earlier(best, new SlaMoment(kind, SlaEventKind.WARNING, reminder, 0, 1, clock.thresholdAt(reminder, now)));
            }
            if (!state.breached())
            {
                best = earlier(best, new SlaMoment(kind, SlaEventKind.BREACH, 0, 0, 1, clock.deadline(now)));
            }
            final List<EscalationStep> steps = sla.policy().spec().escalation();
            for (int i = 0; i < steps.size(); i++)
            {
                final EscalationStep step = steps.get(i);
                final int occurrence = sla.escalations().get(i);
                if (step.clock() == kind && (occurrence == 0 || step.repeats()))
                {
                    best = earlier(best, escalation(clock, step, i, occurrence, now));
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
        final SlaClock clock, final EscalationStep step, final int index, final int occurrence, final long now)
    {
        final long due = clock.reachedAt(goal(clock, step, occurrence), now);
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
        for (final int percent : reminders)
        {
            if (percent > reminded)
            {
                return percent;
            }
        }
        return 0;
    }

    private static SlaMoment earlier(final SlaMoment best, final SlaMoment candidate)
    {
        return best == null || ORDER.compare(candidate, best) < 0 ? candidate : best;
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
