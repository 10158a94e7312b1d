package dev.kairos.benchmarks.load;

import io.netty.channel.EventLoop;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The state of one run on the client's event loop: which request goes next, on which connection,
 * and what came back. The pacer (another thread) only {@link #release}s requests as their time
 * comes; everything else runs on the event loop, so nothing here needs a lock. When every
 * connection is full, released requests wait here and are sent as answers free a slot: they are
 * still charged from their intended time, which is what makes the loop open.
 */
final class OpenLoopRun
{
    private final OpenLoopSchedule schedule;
    private final LatencyRecorder recorder;
    private final byte[] kinds;
    private final RequestTemplates templates;
    private final Connection[] connections;
    private final EventLoop loop;
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private final Runnable drainTask = this::drainReleased;
    private final CompletableFuture<Void> allFinished = new CompletableFuture<>();
    private volatile long released;
    private long next;
    private long finished;
    private int roundRobin;
    private boolean over;

    OpenLoopRun(
        final OpenLoopSchedule schedule,
        final byte[] kinds,
        final RequestTemplates templates,
        final Connection[] connections,
        final EventLoop loop)
    {
        this.schedule = schedule;
        this.recorder = new LatencyRecorder(schedule, kinds);
        this.kinds = kinds;
        this.templates = templates;
        this.connections = connections;
        this.loop = loop;
    }

    /** Pacer thread: requests below {@code count} may go. One wake-up of the event loop per batch, not per request. */
    void release(final long count)
    {
        released = count;
        if (drainQueued.compareAndSet(false, true))
        {
            loop.execute(drainTask);
        }
    }

    /** Completes when every request of the schedule has been answered or has failed. */
    CompletableFuture<Void> allFinished()
    {
        return allFinished;
    }

    void answered(final long index, final long sentNanos, final long completedNanos, final int status)
    {
        if (!over)
        {
            recorder.answered(index, sentNanos, completedNanos, status);
            finish();
        }
    }

    void closed(final Connection connection)
    {
        if (!over)
        {
            final long now = System.nanoTime();
            connection.abandon((index, sent) ->
            {
                recorder.unanswered(index, sent, now, LatencyRecorder.Failure.CLOSED);
                finish();
            });
            sendBacklog();
        }
    }

    /** After a read: answers may have freed slots for requests that were due but had nowhere to go. */
    void sendBacklog()
    {
        if (!over && next < released)
        {
            send();
        }
    }

    /**
     * Gives up on whatever is still unanswered or unsent, charging each with the latency it had
     * reached, and returns the run's figures. Event loop, once.
     */
    RunResult end(final String target, final CpuMeter.Usage cpu)
    {
        over = true;
        final long now = System.nanoTime();
        for (final Connection connection : connections)
        {
            connection.abandon((index, sent) -> recorder.unanswered(index, sent, now, LatencyRecorder.Failure.TIMEOUT));
        }
        for (long index = next; index < schedule.totalCount(); index++)
        {
            recorder.unanswered(index, -1, now, LatencyRecorder.Failure.NOT_SENT);
        }
        return recorder.result(target, cpu);
    }

    private void drainReleased()
    {
        drainQueued.set(false);
        if (!over)
        {
            send();
        }
    }

    private void send()
    {
        final long limit = released;
        while (next < limit)
        {
            final Connection connection = free();
            if (connection == null)
            {
                break;
            }
            connection.send(next, System.nanoTime(), templates.next(LatencyRecorder.kindOf(kinds, next)));
            next++;
        }
        for (final Connection connection : connections)
        {
            connection.flushIfWritten();
        }
    }

    /** Round robin over connections with room, so at low rates each request meets an idle connection. */
    private Connection free()
    {
        for (int i = 0; i < connections.length; i++)
        {
            final int at = (roundRobin + i) % connections.length;
            if (connections[at].hasRoom())
            {
                roundRobin = (at + 1) % connections.length;
                return connections[at];
            }
        }
        return null;
    }

    private void finish()
    {
        if (++finished == schedule.totalCount())
        {
            allFinished.complete(null);
        }
    }
}
