package dev.kairos.solver.engine;

import dev.kairos.solver.journal.JournalSync;
import org.agrona.concurrent.IdleStrategy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

/**
 * Engine configuration in the style of Aeron's contexts: set what differs from the defaults, then
 * {@link #conclude()} checks it and names the property that is wrong.
 */
public final class EngineContext
{
    /** Requests the inbox holds before offers fail (and the gateway answers 503). */
    public static final int DEFAULT_INBOX_CAPACITY = 16 * 1024;
    /** Requests handled per duty cycle before the agent yields to its idle strategy. */
    public static final int DEFAULT_DRAIN_LIMIT = 256;
    /** A planned visit is dispatched when it is the engineer's next job and starts within this. */
    public static final Duration DEFAULT_DISPATCH_HORIZON = Duration.ofMinutes(30);
    /** How often the engine looks at the clock for work that time makes due (dispatches, later SLA timers). */
    public static final Duration DEFAULT_TICK_INTERVAL = Duration.ofSeconds(1);

    /** Snapshot files kept, newest first: one more than one, so a damaged newest one has an older stand-in. */
    public static final int DEFAULT_SNAPSHOTS_KEPT = 3;

    private Path journalFolder;
    private int inboxCapacity = DEFAULT_INBOX_CAPACITY;
    private int drainLimit = DEFAULT_DRAIN_LIMIT;
    private IdleStrategy idleStrategy;
    private InstantSource clock = InstantSource.system();
    private Duration dispatchHorizon = DEFAULT_DISPATCH_HORIZON;
    private Duration tickInterval = DEFAULT_TICK_INTERVAL;
    private JournalSync journalSync = JournalSync.NONE;
    private Path snapshotFolder;
    private long snapshotEvery;
    private Duration snapshotInterval = Duration.ZERO;
    private int snapshotsKept = DEFAULT_SNAPSHOTS_KEPT;
    private Duration journalRetention = Duration.ZERO;

    public EngineContext journalFolder(final Path journalFolder)
    {
        this.journalFolder = journalFolder;
        return this;
    }

    public Path journalFolder()
    {
        return journalFolder;
    }

    public EngineContext inboxCapacity(final int inboxCapacity)
    {
        this.inboxCapacity = inboxCapacity;
        return this;
    }

    public int inboxCapacity()
    {
        return inboxCapacity;
    }

    public EngineContext drainLimit(final int drainLimit)
    {
        this.drainLimit = drainLimit;
        return this;
    }

    public int drainLimit()
    {
        return drainLimit;
    }

    /**
     * Null (the default) for a {@link Doorbell}: spins briefly, then parks up to 500 µs, woken early
     * by any offer. The engine shares two cores with Netty and the optimiser; parking at most 100 µs
     * cost a sixth of a core while idle. Under load the inbox is never empty long enough to park.
     */
    public EngineContext idleStrategy(final IdleStrategy idleStrategy)
    {
        this.idleStrategy = idleStrategy;
        return this;
    }

    public IdleStrategy idleStrategy()
    {
        return idleStrategy;
    }

    /**
     * The engine's only clock: read on the engine thread to find what time has made due. What it
     * decides is journaled with its time, so replay never reads it.
     */
    public EngineContext clock(final InstantSource clock)
    {
        this.clock = clock;
        return this;
    }

    public InstantSource clock()
    {
        return clock;
    }

    public EngineContext dispatchHorizon(final Duration dispatchHorizon)
    {
        this.dispatchHorizon = dispatchHorizon;
        return this;
    }

    public Duration dispatchHorizon()
    {
        return dispatchHorizon;
    }

    public EngineContext tickInterval(final Duration tickInterval)
    {
        this.tickInterval = tickInterval;
        return this;
    }

    public Duration tickInterval()
    {
        return tickInterval;
    }

    public EngineContext journalSync(final JournalSync journalSync)
    {
        this.journalSync = journalSync;
        return this;
    }

    public JournalSync journalSync()
    {
        return journalSync;
    }

    /**
     * Where snapshots live; null (the default) for none: start replays the whole journal. With a
     * folder, start loads the newest sound snapshot and replays the journal after it, and the engine
     * writes one at close and as {@link #snapshotEvery} and {@link #snapshotInterval} say.
     */
    public EngineContext snapshotFolder(final Path snapshotFolder)
    {
        this.snapshotFolder = snapshotFolder;
        return this;
    }

    public Path snapshotFolder()
    {
        return snapshotFolder;
    }

    /** Commands between snapshots; 0 (the default) for none by count. */
    public EngineContext snapshotEvery(final long snapshotEvery)
    {
        this.snapshotEvery = snapshotEvery;
        return this;
    }

    public long snapshotEvery()
    {
        return snapshotEvery;
    }

    /** Clock time between snapshots while commands arrive; zero (the default) for none by time. */
    public EngineContext snapshotInterval(final Duration snapshotInterval)
    {
        this.snapshotInterval = snapshotInterval;
        return this;
    }

    public Duration snapshotInterval()
    {
        return snapshotInterval;
    }

    public EngineContext snapshotsKept(final int snapshotsKept)
    {
        this.snapshotsKept = snapshotsKept;
        return this;
    }

    public int snapshotsKept()
    {
        return snapshotsKept;
    }

    /**
     * How long journal files are kept; zero (the default) keeps the whole journal. Longer than zero,
     * after each snapshot the engine deletes files older than this whose records all come before the
     * oldest snapshot kept and that every webhook receiver has acknowledged. Needs snapshots.
     */
    public EngineContext journalRetention(final Duration journalRetention)
    {
        this.journalRetention = journalRetention;
        return this;
    }

    public Duration journalRetention()
    {
        return journalRetention;
    }

    public EngineContext conclude()
    {
        if (journalRetention.isNegative() || !journalRetention.isZero() && snapshotFolder == null)
        {
            throw new IllegalArgumentException("journalRetention: " + (journalRetention.isNegative() ? "must not be negative"
                : "needs a snapshot folder (start carries forward from a snapshot once old files are gone)") + ", was " + journalRetention);
        }
        if (snapshotEvery < 0)
        {
            throw new IllegalArgumentException("snapshotEvery: must not be negative, was " + snapshotEvery);
        }
        if (snapshotInterval.isNegative())
        {
            throw new IllegalArgumentException("snapshotInterval: must not be negative, was " + snapshotInterval);
        }
        if (snapshotsKept < 1)
        {
            throw new IllegalArgumentException("snapshotsKept: must be at least 1, was " + snapshotsKept);
        }
        if (journalFolder == null)
        {
            throw new IllegalArgumentException("journalFolder: required");
        }
        if (inboxCapacity < 2)
        {
            throw new IllegalArgumentException("inboxCapacity: must be at least 2, was " + inboxCapacity);
        }
        if (drainLimit < 1)
        {
            throw new IllegalArgumentException("drainLimit: must be at least 1, was " + drainLimit);
        }
        if (dispatchHorizon.isNegative())
        {
            throw new IllegalArgumentException("dispatchHorizon: must not be negative, was " + dispatchHorizon);
        }
        if (tickInterval.isNegative())
        {
            throw new IllegalArgumentException("tickInterval: must not be negative, was " + tickInterval);
        }
        return this;
    }
}
