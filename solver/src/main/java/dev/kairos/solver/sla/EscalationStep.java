package dev.kairos.solver.sla;

/**
 * One step of an escalation chain. It watches one clock and triggers when that clock's running
 * time reaches {@code percent} of its target ({@link #BREACH} = the target itself) plus
 * {@code delayMillis}; with a repeat, again every {@code repeatMillis} of running time until the
 * clock is met. Delays and repeats count like the clock: business time, stopped while paused, so
 * nobody is paged at night for a ticket on office hours or while the customer keeps it waiting.
 *
 * @param to who is told or paged (free text for subscribers); null when the policy names nobody
 */
public record EscalationStep(
    ClockKind clock,
    int percent,
    long delayMillis,
    EscalationAction action,
    long repeatMillis,
    String to)
{
    /** A step "at breach": 100 % of the target. */
    public static final int BREACH = 100;
    public static final long NO_REPEAT = 0;

    public boolean atBreach()
    {
        return percent == BREACH;
    }

    public boolean repeats()
    {
        return repeatMillis > 0;
    }
}
