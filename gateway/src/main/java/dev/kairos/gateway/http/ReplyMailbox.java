package dev.kairos.gateway.http;

import io.netty.util.concurrent.EventExecutor;
import org.agrona.concurrent.ManyToOneConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hands engine replies back to an event loop a batch at a time. Handing each one over with
 * {@code execute} cost the engine thread a selector wake-up (a system call) per reply: half its
 * samples at 10,000 requests/s. Replies for one event loop queue here, and only the reply that finds
 * the queue unscheduled schedules a drain, so an engine cycle that answers many requests wakes each
 * loop once. Posted from any thread; drained on the loop.
 */
final class ReplyMailbox
{
    private static final Logger LOG = LoggerFactory.getLogger(ReplyMailbox.class);
    private static final Map<EventExecutor, ReplyMailbox> MAILBOXES = new ConcurrentHashMap<>();

    private final EventExecutor loop;
    private final ManyToOneConcurrentLinkedQueue<Runnable> replies = new ManyToOneConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Runnable drain = this::drain;

    private ReplyMailbox(final EventExecutor loop)
    {
        this.loop = loop;
    }

    static ReplyMailbox of(final EventExecutor loop)
    {
        final ReplyMailbox mailbox = MAILBOXES.get(loop);
        return mailbox != null ? mailbox : MAILBOXES.computeIfAbsent(loop, ReplyMailbox::opened);
    }

    private static ReplyMailbox opened(final EventExecutor loop)
    {
        try
        {
            loop.terminationFuture().addListener(done -> MAILBOXES.remove(loop));
        }
        catch (final UnsupportedOperationException ex)
        {
            // An EmbeddedEventLoop (tests) cannot say when it ends: its mailbox stays mapped, one small entry per test channel.
        }
        return new ReplyMailbox(loop);
    }

    /** Runs {@code reply} on the loop, after the replies posted before it; throws RejectedExecutionException once the loop is gone. */
    void post(final Runnable reply)
    {
        replies.offer(reply);
        if (scheduled.compareAndSet(false, true))
        {
            try
            {
                loop.execute(drain);
            }
            catch (final RuntimeException ex)
            {
                scheduled.set(false);
                MAILBOXES.remove(loop, this);
                throw ex;
            }
        }
    }

    private void drain()
    {
        // Cleared before polling: a reply posted from here on schedules another drain, so none is stranded.
        scheduled.set(false);
        Runnable reply;
        while ((reply = replies.poll()) != null)
        {
            try
            {
                reply.run();
            }
            catch (final RuntimeException ex)
            {
                // One reply failing to write must not strand the replies queued behind it.
                LOG.error("reply failed on the event loop", ex);
            }
        }
    }
}
