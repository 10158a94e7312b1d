package dev.kairos.solver.sla;

/**
 * One SLA moment of a ticket that falls due: a reminder ({@code index} = its percent), a breach
 * ({@code index} 0) or an escalation step ({@code index} = its place in the chain, from 0).
 * {@code dueAt} is when it fell due, in engine time, whenever it is fired. An escalation covers
 * {@code count} occurrences from {@code occurrence} (0 = the first): repeats that fell due while
 * the engine was down or behind fire as one, with the number missed.
 */
public record SlaMoment(ClockKind clock, SlaEventKind kind, int index, int occurrence, int count, long dueAt)
{
    /** Repeats folded into this one beyond the first it covers. */
    public int missed()
    {
        return count - 1;
    }
}
