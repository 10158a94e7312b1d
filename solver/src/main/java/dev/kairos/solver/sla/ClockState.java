package dev.kairos.solver.sla;

/**
 * Where one clock of a ticket stands: when it started, when it was met ({@link TicketSla#NOT_YET}
 * while running), the highest reminder percent already fired (0 for none), and the instant its
 * breach fell due once that breach has been fired ({@link TicketSla#NOT_YET} before).
 */
public record ClockState(long start, long metAt, int reminded, long breachedAt)
{
    static ClockState started(final long at)
    {
        return new ClockState(at, TicketSla.NOT_YET, 0, TicketSla.NOT_YET);
    }

    public boolean met()
    {
        return metAt != TicketSla.NOT_YET;
    }

    public boolean breached()
    {
        return breachedAt != TicketSla.NOT_YET;
    }

    ClockState withMet(final long at)
    {
        return new ClockState(start, at, reminded, breachedAt);
    }

    ClockState withReminded(final int percent)
    {
        return new ClockState(start, metAt, percent, breachedAt);
    }

    ClockState withBreached(final long dueAt)
    {
        return new ClockState(start, metAt, reminded, dueAt);
    }
}
