package dev.kairos.scenarios.solve;

/**
 * A dispatcher's fixed crew for the day ("I have N people today") as costs the TRSP search can
 * weigh: each technician more or fewer than N costs {@link #OFF_COUNT}, more than any change of a
 * day's working time and less than a request left out ({@link TrspSearch#UNPLACED}). So the search
 * serves every request first, then holds the count, then shortens the days; where N technicians
 * cannot serve every request, it uses more and the result says so. Free: no count, no cost.
 */
final class Headcount
{
    /**
     * Above any instance's whole working time (the largest published is 10,717.5, C101), so no
     * saving in working time pays for a technician off the count; a fifth of a request left out.
     */
    static final double OFF_COUNT = 20_000;
    static final Headcount FREE = new Headcount(0);

    /** 0: free, the count follows from working time. */
    private final int technicians;

    private Headcount(final int technicians)
    {
        this.technicians = technicians;
    }

    /** Exactly {@code technicians}, checked against the crew by the caller ({@link PillacSolve}). */
    static Headcount exactly(final int technicians)
    {
        if (technicians < 1)
        {
            throw new IllegalArgumentException("a fixed crew needs at least one technician, not " + technicians);
        }
        return new Headcount(technicians);
    }

    boolean free()
    {
        return technicians == 0;
    }

    int technicians()
    {
        return technicians;
    }

    /** The cost of {@code used} technicians serving requests. */
    double cost(final int used)
    {
        return free() ? 0 : OFF_COUNT * Math.abs(used - technicians);
    }

    /** What starting one more technician's day changes: a saving while the crew is short of N, a cost from N on. */
    double opening(final int used)
    {
        return free() ? 0 : used < technicians ? -OFF_COUNT : OFF_COUNT;
    }
}
