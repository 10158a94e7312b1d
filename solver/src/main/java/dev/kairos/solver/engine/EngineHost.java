package dev.kairos.solver.engine;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.journal.Journal;
import dev.kairos.solver.journal.TailCut;
import dev.kairos.solver.state.KeyDirectory;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.StateDigest;
import org.agrona.concurrent.AgentRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Starts the engine: open the journal, replay it into a fresh state, then run the engine agent on
 * its own thread. {@link #close()} stops the agent after it has served its inbox and closes the
 * journal. Start and close from one owning thread; {@link #offer} and friends from any thread.
 */
public final class EngineHost implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(EngineHost.class);
    /**
     * Agrona interrupts an agent still closing after the timeout, and an interrupt aborts the final
     * snapshot's file write (a 430 MB state at 10 million commands took longer than Agrona's default
     * 5 s). The engine's close is bounded work (serve the inbox, write one snapshot), so it gets minutes.
     */
    private static final int CLOSE_TIMEOUT_MS = 300_000;

    private final Engine engine;
    private final AgentRunner runner;
    private final KeyDirectory keyDirectory;
    private final dev.kairos.solver.state.SlaDirectory slaDirectory;
    private final long startPosition;
    private final String startDigest;
    private final TailCut tailCut;
    private final StartFromSnapshot.Started started;
    private volatile boolean closed;

    private EngineHost(final EngineContext context)
    {
        final Journal journal = Journal.open(context.journalFolder(), context.journalSync(), context.clock());
        final LiveState state;
        try
        {
            final StartFromSnapshot.Started loaded = context.snapshotFolder() == null ? fullReplay(journal) : StartFromSnapshot.load(
                new dev.kairos.solver.snapshot.SnapshotStore(context.snapshotFolder()), journal, Long.MAX_VALUE);
            state = loaded.state();
            // Without the state: it belongs to the engine thread from here on.
            started = new StartFromSnapshot.Started(null, loaded.snapshot(), loaded.snapshotPosition(), loaded.replayed());
        }
        catch (final RuntimeException ex)
        {
            journal.close();
            throw ex;
        }
        startPosition = state.position();
        startDigest = StateDigest.of(state);
        tailCut = journal.tailCut();
        keyDirectory = state.keyDirectory();
        slaDirectory = state.sla().directory();
        LOG.info("engine replayed {} records from {}, state digest {}", startPosition, context.journalFolder(), startDigest);
        engine = new Engine(journal, state, context);
        runner = new AgentRunner(engine.idleStrategy(), ex -> LOG.error("engine agent error", ex), null, engine);
        AgentRunner.startOnThread(runner);
    }

    private static StartFromSnapshot.Started fullReplay(final Journal journal)
    {
        final LiveState state = new LiveState();
        journal.replay(dev.kairos.solver.journal.RecordHandler.applying(state));
        return new StartFromSnapshot.Started(state, null, 0, state.position());
    }

    /** How start rebuilt the state: the snapshot it loaded (null for none) and how many records it replayed; no state. */
    public StartFromSnapshot.Started started()
    {
        return started;
    }

    /** The snapshot schedule, or null when snapshots are off. Any thread (its figures are published safely). */
    public dev.kairos.solver.snapshot.Snapshotter snapshots()
    {
        return engine.snapshots();
    }

    /** Opens and replays the journal, then starts the engine thread. */
    public static EngineHost start(final EngineContext context)
    {
        return new EngineHost(context.conclude());
    }

    /** False when the inbox is full or the engine is closed; never blocks. Any thread. */
    public boolean offer(final Request request)
    {
        return !closed && engine.offer(request);
    }

    /** Convenience for callers that may wait (tests, the demo feeder); null when the inbox is full. */
    public CompletableFuture<Outcome> submit(final Command command)
    {
        final CompletableFuture<Outcome> reply = new CompletableFuture<>();
        return offer(Request.command(command, reply::complete)) ? reply : null;
    }

    /** A read-only query on the engine thread; null when the inbox is full. */
    public <T> CompletableFuture<Outcome> query(final Function<LiveState, T> query)
    {
        final CompletableFuture<Outcome> reply = new CompletableFuture<>();
        return offer(Request.query(query, reply::complete)) ? reply : null;
    }

    /**
     * Submits and waits for the outcome: for start-up steps, feeders and tests, never for an event
     * loop. Throws when the inbox stays full or the engine does not answer within ten seconds.
     */
    public Outcome call(final Command command)
    {
        return await(() -> submit(command));
    }

    /** Runs a query and waits for its value; the same rules as {@link #call}. */
    @SuppressWarnings("unchecked")
    public <T> T ask(final Function<LiveState, T> query)
    {
        return (T)((Outcome.Answered)await(() -> query(query))).value();
    }

    private Outcome await(final java.util.function.Supplier<CompletableFuture<Outcome>> offer)
    {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try
        {
            CompletableFuture<Outcome> reply;
            while ((reply = offer.get()) == null)
            {
                if (closed || System.nanoTime() > deadline)
                {
                    throw new IllegalStateException(closed ? "the engine is closed" : "the engine's inbox stayed full");
                }
                Thread.sleep(1);
            }
            return reply.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the engine", ex);
        }
        catch (final ExecutionException | TimeoutException ex)
        {
            throw new IllegalStateException("the engine did not answer", ex);
        }
    }

    public KeyDirectory keyDirectory()
    {
        return keyDirectory;
    }

    /** Calendar names, for the gateway's policy checks; any thread. */
    public dev.kairos.solver.state.SlaDirectory slaDirectory()
    {
        return slaDirectory;
    }

    /** See {@link Engine#onRoutesChanged}; any thread. */
    public void onRoutesChanged(final RouteListener listener)
    {
        engine.onRoutesChanged(listener);
    }

    /** Journal position of the last applied command; any thread. */
    public long position()
    {
        return engine.position();
    }

    public int inboxDepth()
    {
        return engine.inboxDepth();
    }

    /** Journal appends since start, and the nanoseconds they took together; any thread. */
    public long journalAppends()
    {
        return engine.appends();
    }

    public long journalAppendNanos()
    {
        return engine.appendNanos();
    }

    /** Journal position reached by replay at start. */
    public long startPosition()
    {
        return startPosition;
    }

    public String startDigest()
    {
        return startDigest;
    }

    /** The damaged last record cut at start, or null. */
    public TailCut tailCut()
    {
        return tailCut;
    }

    @Override
    public void close()
    {
        closed = true;
        runner.close(CLOSE_TIMEOUT_MS, thread -> LOG.warn("the engine thread is still closing after {} ms", CLOSE_TIMEOUT_MS));
    }
}
