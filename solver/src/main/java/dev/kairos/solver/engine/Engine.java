package dev.kairos.solver.engine;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.DispatchVisit;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.Envelope;
import dev.kairos.solver.state.IdempotentRequest;
import dev.kairos.solver.command.PlanUpdate;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.journal.Journal;
import dev.kairos.solver.planning.improve.SubProblem;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.StateDigest;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The single writer of live state. For each command in the inbox: decide its effects, append
 * command and effects to the journal, apply them to state, then reply, so a success reply always
 * means the command is journaled. Queries run between commands and see a consistent state.
 * <p>
 * {@link #offer} from any thread; everything else on the engine thread (the agent's).
 */
public final class Engine implements Agent
{
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final Journal journal;
    private final LiveState state;
    private final ManyToOneConcurrentArrayQueue<Request> inbox;
    private final IdleStrategy idle;
    private final Doorbell doorbell;
    private final int drainLimit;
    private final InstantSource clock;
    private final long horizonMillis;
    private final long tickMillis;
    private long nextTick;
    private final SlaAlarms slaAlarms;
    private volatile long position;
    /** Journal appends and the time they took, for metrics; written by the engine thread only. */
    private volatile long appends;
    private volatile long appendNanos;
    private volatile RouteListener routesChanged;
    private final dev.kairos.solver.snapshot.Snapshotter snapshots;

    Engine(final Journal journal, final LiveState state, final EngineContext context)
    {
        this.journal = journal;
        this.state = state;
        this.inbox = new ManyToOneConcurrentArrayQueue<>(context.inboxCapacity());
        this.doorbell = context.idleStrategy() == null ? new Doorbell(() -> !inbox.isEmpty()) : null;
        this.idle = doorbell != null ? doorbell : context.idleStrategy();
        this.drainLimit = context.drainLimit();
        this.clock = context.clock();
        this.horizonMillis = context.dispatchHorizon().toMillis();
        this.tickMillis = context.tickInterval().toMillis();
        this.position = state.position();
        this.slaAlarms = new SlaAlarms(state, clock.millis());
        this.snapshots = context.snapshotFolder() == null ? null : new dev.kairos.solver.snapshot.Snapshotter(
            new dev.kairos.solver.snapshot.SnapshotStore(context.snapshotFolder()), context.snapshotEvery(),
            context.snapshotInterval().toMillis(), context.snapshotsKept(), clock)
            .retainJournal(context.journalFolder(), context.journalRetention());
    }

    /** The snapshot schedule, or null when snapshots are off; for its figures. */
    public dev.kairos.solver.snapshot.Snapshotter snapshots()
    {
        return snapshots;
    }

    /** Journal appends so far, and the nanoseconds they took together; any thread. */
    public long appends()
    {
        return appends;
    }

    public long appendNanos()
    {
        return appendNanos;
    }

    /** Journal position of the last applied command; any thread. */
    public long position()
    {
        return position;
    }

    /**
     * Queue a request; false when the inbox is full (the caller answers "overloaded"). Never
     * blocks. Any thread.
     */
    public boolean offer(final Request request)
    {
        if (!inbox.offer(request))
        {
            return false;
        }
        if (doorbell != null)
        {
            doorbell.ring();
        }
        return true;
    }

    /** How the engine's thread waits for work: the context's strategy, or a {@link Doorbell} that offers ring. */
    IdleStrategy idleStrategy()
    {
        return idle;
    }

    /**
     * Tells {@code listener} (on the engine thread, so it must not block) which engineers' routes
     * a command changed, and the engineer nearest a ticket it could not place: the optimiser's cue.
     * Any thread.
     */
    public void onRoutesChanged(final RouteListener listener)
    {
        routesChanged = listener;
    }

    /** Requests waiting; any thread (approximate while others offer). */
    public int inboxDepth()
    {
        return inbox.size();
    }

    @Override
    public int doWork()
    {
        final int work = tick() + inbox.drain(this::tickThenHandle, drainLimit);
        if (snapshots != null)
        {
            // After the cycle's replies: the capture's pause delays the next request, never an answer.
            snapshots.poll(state, journal.lastIndex());
        }
        return work;
    }

    /** Before every request too, so a request that follows a clock change sees what the change made due. */
    private void tickThenHandle(final Request request)
    {
        tick();
        handle(request);
    }

    private int tick()
    {
        final long now = clock.millis();
        if (now < nextTick)
        {
            return 0;
        }
        nextTick = now + tickMillis;
        return slaAlarms.fireDue(state, now, this::fireSla) + dispatchDue(now) + reserveDue(now);
    }

    /** Reserves the parts of visits just dispatched (and, after a crash between the two records, of earlier ones). */
    private int reserveDue(final long now)
    {
        final List<String> due = new ArrayList<>(state.stock().pending());
        for (final String ticketId : due)
        {
            handle(Request.command(PartsDecisions.reservation(state, ticketId, now), outcome ->
            {
                if (!(outcome instanceof Outcome.Applied))
                {
                    LOG.warn("parts reservation of {} not applied: {}", ticketId, outcome);
                }
            }));
        }
        return due.size();
    }

    /** Journals and applies a due SLA moment; false when the engine refused it (then it is not retried). */
    private boolean fireSla(final dev.kairos.solver.command.FireSla fire)
    {
        final boolean[] applied = new boolean[1];
        handle(Request.command(fire, outcome ->
        {
            applied[0] = outcome instanceof Outcome.Applied;
            if (!applied[0])
            {
                LOG.warn("SLA moment {} not applied: {}", fire, outcome);
            }
        }));
        return applied[0];
    }

    /**
     * Dispatches each idle engineer's next visit once they must set off for it within the horizon,
     * in engineer order. (Measuring the horizon to the visit's start instead left an engineer idle
     * wherever the drive was longer than the horizon, and every re-time of the route then put the
     * start off again.)
     */
    private int dispatchDue(final long now)
    {
        final List<DispatchVisit> due = new ArrayList<>();
        for (final Route route : state.plan().routes())
        {
            if (route.pinned() == 0 && !route.stops().isEmpty() && leaveBy(route) - horizonMillis <= now)
            {
                due.add(new DispatchVisit(now, route.engineerId(), route.stops().get(0).ticketId()));
            }
        }
        due.sort(Comparator.comparing(DispatchVisit::engineerId));
        for (final DispatchVisit dispatch : due)
        {
            handle(Request.command(dispatch, outcome ->
            {
                if (!(outcome instanceof Outcome.Applied))
                {
                    LOG.warn("dispatch of {} not applied: {}", dispatch, outcome);
                }
            }));
        }
        return due.size();
    }

    /** When an idle engineer must set off for their next visit: its start less the drive to it. */
    private static long leaveBy(final Route route)
    {
        final var next = route.stops().get(0);
        return next.start() - (next.arrival() - route.departure());
    }

    private void notifyRoutesChanged(final Command command, final Effects effects)
    {
        final RouteListener listener = routesChanged;
        if (listener == null || command instanceof PlanUpdate)
        {
            return;
        }
        for (final RoutePlan route : effects.routes())
        {
            listener.routeChanged(route.engineerId(), effects.ticketId() != null && route.ticketIds().contains(effects.ticketId()));
        }
        if (effects.unassignedReason() != null)
        {
            final String nearest = SubProblem.nearestEngineer(state, state.ticket(effects.ticketId()).spec().location());
            if (nearest != null)
            {
                listener.routeChanged(nearest, true);
            }
        }
    }

    @Override
    public void onClose()
    {
        // The gateway stops offering before the engine closes: whatever was accepted is still served.
        inbox.drain(this::handle);
        if (snapshots != null)
        {
            snapshots.close(state, journal.lastIndex());
        }
        LOG.info("engine stopped at position {}, state digest {}", state.position(), StateDigest.of(state));
        journal.close();
    }

    @Override
    public String roleName()
    {
        return "kairos-engine";
    }

    private void handle(final Request request)
    {
        Outcome outcome;
        try
        {
            final Outcome.Refused hidden = request.guard == null ? null : request.guard.apply(state);
            outcome = hidden != null ? hidden : request.command != null ?
                execute(request.command, request.envelope, request.detail) : new Outcome.Answered(request.query.apply(state));
        }
        catch (final RuntimeException ex)
        {
            LOG.error("engine failed on {}", request.command != null ? request.command : "a query", ex);
            outcome = new Outcome.Failed(ex.toString());
        }
        try
        {
            request.replyTo.accept(outcome);
        }
        catch (final RuntimeException ex)
        {
            LOG.error("reply callback failed", ex);
        }
    }

    private Outcome execute(
        final Command command, final Envelope envelope, final java.util.function.BiFunction<LiveState, Object, Object> detail)
    {
        if (envelope.idempotencyKey() != null)
        {
            final IdempotentRequest earlier = state.idempotency().find(envelope.actor(), envelope.idempotencyKey(), command.at());
            if (earlier != null)
            {
                return Replays.answer(state, command, envelope, earlier, detail);
            }
        }
        final Outcome.Refused refused = Decider.refusal(state, command);
        if (refused != null)
        {
            return refused;
        }
        final Command decided = Decider.decided(state, command);
        final Effects effects = Decider.effects(state, decided);
        final boolean created = Decider.creates(state, decided);
        final long appendStart = System.nanoTime();
        final long position = journal.append(decided, effects, envelope);
        appendNanos += System.nanoTime() - appendStart;
        appends++;
        final Object entity = state.apply(decided, effects, envelope, position);
        this.position = position;
        if (snapshots != null)
        {
            snapshots.commandApplied();
        }
        notifyRoutesChanged(decided, effects);
        return new Outcome.Applied(position, detail == null ? entity : detail.apply(state, entity), created);
    }
}
