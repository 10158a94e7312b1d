package dev.kairos.gateway.push;

import dev.kairos.solver.journal.JournalReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Serves a resume from before the ring: reads the journal from where {@link ReadFrom} says (its
 * first record with a fresh mapper, or a snapshot's with a seeded one: events depend on what
 * earlier records said, so there is no other shortcut to the middle) until
 * the ring holds everything after what it has read, and collects the subscriber's events on the
 * way. At most {@code limit} events are collected, so a resume from long ago is refused rather than
 * held in memory.
 * <p>
 * {@link #submit} from any thread; scans run one at a time on this class's own thread, and hand
 * their result to the callback there.
 */
final class CatchUp implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(CatchUp.class);
    private static final int QUEUED = 4;

    /** Events after the resume position up to {@code through}, or why there are none. */
    record Result(List<Event> events, long through, String failure)
    {
    }

    private final ReadFrom readFrom;
    private final EventRing ring;
    private final int limit;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(QUEUED), runnable ->
        {
            final Thread thread = new Thread(runnable, "kairos-stream-catch-up");
            thread.setDaemon(true);
            return thread;
        });

    CatchUp(final ReadFrom readFrom, final EventRing ring, final int limit)
    {
        this.readFrom = readFrom;
        this.ring = ring;
        this.limit = limit;
    }

    /** Queues a scan for events after {@code after} that match; false when scans are already queued. */
    boolean submit(final Subscription subscription, final long after, final Consumer<Result> onDone)
    {
        try
        {
            executor.execute(() -> onDone.accept(scan(subscription, after)));
            return true;
        }
        catch (final RejectedExecutionException ex)
        {
            return false;
        }
    }

    Result scan(final Subscription subscription, final long after)
    {
        final List<Event> events = new ArrayList<>();
        final ReadFrom.Start start;
        try
        {
            start = readFrom.open(after);
        }
        catch (final RuntimeException ex)
        {
            return new Result(List.of(), 0, ex.getMessage());
        }
        final EventMapper mapper = start.mapper();
        try (JournalReader reader = start.reader())
        {
            while (reader.lastPosition() < ring.coveredAfter())
            {
                final int read = reader.poll((command, effects, position) ->
                {
                    if (position <= after)
                    {
                        mapper.remember(command, effects, position);
                        return;
                    }
                    for (final Event event : mapper.eventsOf(command, effects, position))
                    {
                        if (subscription.matches(event))
                        {
                            // Rendered here, off the event loop that will write it.
                            event.json();
                            events.add(event);
                        }
                    }
                }, 1_024);
                if (events.size() > limit)
                {
                    return new Result(List.of(), 0, "more than " + limit + " events since position " + after);
                }
                if (read == 0)
                {
                    // The tail has read what the ring holds, so this reader will see it too in a moment.
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                }
            }
            return new Result(events, reader.lastPosition(), null);
        }
        catch (final RuntimeException ex)
        {
            // A damaged record, or files retention deleted under the scan: the subscriber still gets an answer.
            LOG.error("stream catch-up: {}", ex.getMessage());
            return new Result(List.of(), 0, "the journal could not be read");
        }
    }

    @Override
    public void close()
    {
        executor.shutdownNow();
    }
}
