package dev.kairos.solver.planning.improve;

import java.time.Duration;
import java.time.InstantSource;

/**
 * How the optimiser works, Aeron-context style. Live servers bound each solve by time; the
 * simulator bounds it by evaluated moves ({@link #moveLimit}) so a seed always gives the same plans.
 */
public final class ImproverContext
{
    /** Engineers per sub-problem: small enough that Timefold's per-change reset stays in milliseconds. */
    public static final int DEFAULT_ENGINEERS = 4;
    public static final int DEFAULT_UNASSIGNED = 12;
    /** Short rounds: under a steady stream, how many sub-problems a second get read matters more than each one's polish. */
    public static final Duration DEFAULT_SPENT_LIMIT = Duration.ofMillis(100);
    public static final Duration DEFAULT_UNIMPROVED_LIMIT = Duration.ofMillis(15);
    /**
     * A live round seeded by new work stops after this many evaluated moves (or at the spent limit,
     * whichever comes first). Such a round only has to settle one fresh change in a sub-problem the
     * optimiser has mostly polished already; at the time limits it took ~40 ms, about 1,500 moves,
     * so on two shared cores ~10 rounds a second faced ~50 new tickets a second (issue #4). With
     * 150 or 400, {@code bench converge} ended alike (0 unassigned 5 s after the burst, live travel
     * 123.0 / 124.4 h against 123.9 h before); 150 gave the shorter queue in {@code bench plan}.
     * Routes that only lost work and the sweep keep the time limits and polish when new work is done.
     */
    public static final long DEFAULT_NEW_WORK_MOVE_LIMIT = 150;
    /** How often an idle optimiser takes the next engineer in turn, to keep improving the whole plan. */
    public static final Duration DEFAULT_SWEEP_INTERVAL = Duration.ofMillis(250);
    /**
     * The optimiser rests this many times as long as each round took: 1 keeps it to half a core.
     * On two cores shared with the event loop and the engine, solving back to back took the CPU
     * acknowledgements need (p99 0.65 s against 8.9 ms without the optimiser at 10,000 requests/s).
     */
    public static final double DEFAULT_REST_RATIO = 1.0;
    /**
     * How much rest a round for new work may leave owed when it starts ({@link RestBudget}): about
     * three short rounds back to back, so a few tickets that arrive together need not queue behind
     * each other's rests.
     */
    public static final Duration DEFAULT_REST_BURST = Duration.ofMillis(30);

    /**
     * A ruin-and-recreate step ({@link RuinRecreate}) after each round that is not for new work: its
     * sub-problem's engineers and waiting tickets, and its steps. Timefold's four routes are too few
     * for narrow windows, where a ticket fits only once visits on other routes change places.
     */
    public static final int DEFAULT_RUIN_ENGINEERS = 12;
    public static final int DEFAULT_RUIN_UNASSIGNED = 24;
    public static final int DEFAULT_RUIN_STEPS = 30;

    private int engineers = DEFAULT_ENGINEERS;
    private int ruinEngineers = DEFAULT_RUIN_ENGINEERS;
    private int ruinUnassigned = DEFAULT_RUIN_UNASSIGNED;
    private int ruinSteps = DEFAULT_RUIN_STEPS;
    private int unassigned = DEFAULT_UNASSIGNED;
    private Duration spentLimit = DEFAULT_SPENT_LIMIT;
    private Duration unimprovedLimit = DEFAULT_UNIMPROVED_LIMIT;
    private Long moveLimit;
    private long newWorkMoveLimit = DEFAULT_NEW_WORK_MOVE_LIMIT;
    private Duration sweepInterval = DEFAULT_SWEEP_INTERVAL;
    private InstantSource clock = InstantSource.system();
    private double restRatio = DEFAULT_REST_RATIO;
    private Duration restBurst = DEFAULT_REST_BURST;

    public ImproverContext engineers(final int engineers)
    {
        this.engineers = engineers;
        return this;
    }

    public int engineers()
    {
        return engineers;
    }

    public ImproverContext ruinEngineers(final int ruinEngineers)
    {
        this.ruinEngineers = ruinEngineers;
        return this;
    }

    public int ruinEngineers()
    {
        return ruinEngineers;
    }

    public ImproverContext ruinUnassigned(final int ruinUnassigned)
    {
        this.ruinUnassigned = ruinUnassigned;
        return this;
    }

    public int ruinUnassigned()
    {
        return ruinUnassigned;
    }

    /** Ruin-and-recreate steps after a round; 0 turns it off. */
    public ImproverContext ruinSteps(final int ruinSteps)
    {
        this.ruinSteps = ruinSteps;
        return this;
    }

    public int ruinSteps()
    {
        return ruinSteps;
    }

    public ImproverContext unassigned(final int unassigned)
    {
        this.unassigned = unassigned;
        return this;
    }

    public int unassigned()
    {
        return unassigned;
    }

    public ImproverContext spentLimit(final Duration spentLimit)
    {
        this.spentLimit = spentLimit;
        return this;
    }

    public Duration spentLimit()
    {
        return spentLimit;
    }

    public ImproverContext unimprovedLimit(final Duration unimprovedLimit)
    {
        this.unimprovedLimit = unimprovedLimit;
        return this;
    }

    public Duration unimprovedLimit()
    {
        return unimprovedLimit;
    }

    /**
     * A fixed number of evaluated moves per solve instead of time limits: reproducible. (Not a step
     * count: on a small, already optimal sub-problem no move is ever accepted, so a step never ends.)
     */
    public ImproverContext moveLimit(final Long moveLimit)
    {
        this.moveLimit = moveLimit;
        return this;
    }

    public Long moveLimit()
    {
        return moveLimit;
    }

    /** Live mode only: the move budget of a round for new work (see {@link #DEFAULT_NEW_WORK_MOVE_LIMIT}). */
    public ImproverContext newWorkMoveLimit(final long newWorkMoveLimit)
    {
        this.newWorkMoveLimit = newWorkMoveLimit;
        return this;
    }

    public long newWorkMoveLimit()
    {
        return newWorkMoveLimit;
    }

    public ImproverContext sweepInterval(final Duration sweepInterval)
    {
        this.sweepInterval = sweepInterval;
        return this;
    }

    public Duration sweepInterval()
    {
        return sweepInterval;
    }

    /** Rest after each continuous round, as a multiple of its length; 0 solves back to back. */
    public ImproverContext restRatio(final double restRatio)
    {
        this.restRatio = restRatio;
        return this;
    }

    public double restRatio()
    {
        return restRatio;
    }

    /** Rest a round for new work may leave owed when it starts; zero rests fully after every round. */
    public ImproverContext restBurst(final Duration restBurst)
    {
        this.restBurst = restBurst;
        return this;
    }

    public Duration restBurst()
    {
        return restBurst;
    }

    /** Stamps the optimiser's PlanUpdate commands. */
    public ImproverContext clock(final InstantSource clock)
    {
        this.clock = clock;
        return this;
    }

    public InstantSource clock()
    {
        return clock;
    }

    public ImproverContext conclude()
    {
        if (engineers < 1)
        {
            throw new IllegalArgumentException("engineers: must be at least 1, was " + engineers);
        }
        if (ruinEngineers < 1)
        {
            throw new IllegalArgumentException("ruinEngineers: must be at least 1, was " + ruinEngineers);
        }
        if (ruinUnassigned < 0)
        {
            throw new IllegalArgumentException("ruinUnassigned: must not be negative, was " + ruinUnassigned);
        }
        if (ruinSteps < 0)
        {
            throw new IllegalArgumentException("ruinSteps: must not be negative, was " + ruinSteps);
        }
        if (unassigned < 0)
        {
            throw new IllegalArgumentException("unassigned: must not be negative, was " + unassigned);
        }
        if (!(restRatio >= 0))
        {
            throw new IllegalArgumentException("restRatio: must be 0 or more, was " + restRatio);
        }
        if (restBurst == null || restBurst.isNegative())
        {
            throw new IllegalArgumentException("restBurst: must be zero or more, was " + restBurst);
        }
        if (newWorkMoveLimit < 1)
        {
            throw new IllegalArgumentException("newWorkMoveLimit: must be at least 1, was " + newWorkMoveLimit);
        }
        if (moveLimit != null && moveLimit < 1)
        {
            throw new IllegalArgumentException("moveLimit: must be at least 1, was " + moveLimit);
        }
        return this;
    }
}
