package dev.kairos.gateway.push;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.journal.JournalDamagedException;
import dev.kairos.solver.journal.JournalReader;
import dev.kairos.solver.journal.RecordHandler;
import org.agrona.concurrent.Agent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Follows the journal from its first record (or a snapshot's, {@link ReadFrom}), behind the engine's appender, and turns each record
 * into events for the ring; then wakes the subscribers. It never talks to the engine: if it falls
 * behind, only the stream lags. At start it reads the whole journal, which rebuilds the mapper's
 * memory and fills the ring with the most recent events, so a client can resume across a restart.
 * Records that could not fit in the ring anyway (more than its capacity before the journal's end
 * at start) are only remembered, not mapped to events.
 * <p>
 * Events are rendered to JSON here only while someone is subscribed ({@code listening}), so the
 * sessions' event loops find them ready; otherwise the first reader renders them (a webhook's
 * thread, a subscriber that joins later), and a ping nobody reads is never rendered at all.
 * <p>
 * An agent on its own thread: the reader is opened, polled and closed there. {@link #position()}
 * and {@link #failure()} from any thread.
 */
final class JournalTail implements Agent
{
    private static final Logger LOG = LoggerFactory.getLogger(JournalTail.class);
    /** Records per duty cycle: subscribers are woken at least this often while the tail catches up. */
    private static final int BATCH = 1_024;

    private final ReadFrom readFrom;
    private final EventRing ring;
    private final long endAtStart;
    private long quietThrough;
    private final RecordHandler records;
    private final Runnable onCaughtUp;
    private final Runnable onPublished;
    private final Runnable onFailure;
    private final java.util.function.BooleanSupplier listening;
    private boolean render;
    private EventMapper mapper;
    private final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    private final java.util.function.Consumer<java.util.Collection<dev.kairos.solver.state.WebhookState>> onSeed;
    private JournalReader reader;
    private boolean published;
    private boolean caughtUp;
    private volatile long position;
    private volatile String failure;

    /**
     * {@code endAtStart}: the journal's last position when the server started. {@code records} sees
     * every record in order (the webhooks' registry), {@code onCaughtUp} runs once the tail has read
     * up to {@code endAtStart}; {@code listening} says whether any session is subscribed now.
     */
    JournalTail(final ReadFrom readFrom, final java.util.function.Consumer<java.util.Collection<dev.kairos.solver.state.WebhookState>> onSeed,
        final EventRing ring, final long endAtStart, final RecordHandler records,
        final Runnable onCaughtUp, final Runnable onPublished, final Runnable onFailure,
        final java.util.function.BooleanSupplier listening)
    {
        this.listening = listening;
        this.readFrom = readFrom;
        this.onSeed = onSeed;
        this.ring = ring;
        this.endAtStart = endAtStart;
        this.records = records;
        this.onCaughtUp = onCaughtUp;
        this.onPublished = onPublished;
        this.onFailure = onFailure;
    }

    /** Position of the last record whose events are in the ring. Any thread. */
    long position()
    {
        return position;
    }

    /** Why the tail stopped (a damaged record), or null while it runs. Any thread. */
    String failure()
    {
        return failure;
    }

    /**
     * Owning thread: waits until the tail has opened its reader and seeded the webhooks, so a
     * server that answers requests already knows its webhooks; bounded, since a large snapshot may
     * take a while to load.
     */
    void awaitStarted()
    {
        try
        {
            if (!started.await(5, java.util.concurrent.TimeUnit.MINUTES))
            {
                LOG.warn("journal tail: still starting after 5 minutes; serving meanwhile");
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onStart()
    {
        try
        {
            start();
        }
        finally
        {
            started.countDown();
        }
    }

    private void start()
    {
        final ReadFrom.Start start;
        try
        {
            start = readFrom.open(Long.MAX_VALUE);
        }
        catch (final IllegalStateException ex)
        {
            failure = "the event stream could not start: " + ex.getMessage();
            LOG.error("journal tail: {}", failure);
            onFailure.run();
            return;
        }
        reader = start.reader();
        mapper = start.mapper();
        onSeed.accept(start.webhooks());
        position = start.position();
        // Most records make at least one event, so the last ring-capacity records fill the ring by themselves.
        quietThrough = Math.max(start.position(), endAtStart - ring.capacity());
        if (start.position() > 0)
        {
            // Events at and before the snapshot the tail starts from are not in the ring: a resume from there is a catch-up.
            ring.skipped(start.position());
        }
    }

    @Override
    public int doWork()
    {
        if (failure != null)
        {
            return 0;
        }
        final int read;
        render = listening.getAsBoolean();
        try
        {
            read = reader.poll(this::onRecord, BATCH);
        }
        catch (final JournalDamagedException ex)
        {
            failure = "the event stream stopped: " + ex.getMessage();
            LOG.error("journal tail: {}", failure);
            onFailure.run();
            return 0;
        }
        if (published)
        {
            published = false;
            onPublished.run();
        }
        if (!caughtUp && position >= endAtStart)
        {
            caughtUp = true;
            onCaughtUp.run();
        }
        return read;
    }

    private void onRecord(final Command command, final Effects effects, final long recordPosition)
    {
        try
        {
            records.onRecord(command, effects, recordPosition);
        }
        catch (final RuntimeException ex)
        {
            LOG.error("journal tail: the record at position {} was not taken in by the webhooks", recordPosition, ex);
        }
        if (recordPosition <= quietThrough)
        {
            mapper.remember(command, effects, recordPosition);
            if (recordPosition == quietThrough)
            {
                ring.skipped(quietThrough);
            }
            position = recordPosition;
            return;
        }
        final List<Event> events = mapper.eventsOf(command, effects, recordPosition);
        if (!events.isEmpty())
        {
            if (render)
            {
                events.forEach(Event::json);
            }
            ring.publish(events);
            published = true;
        }
        position = recordPosition;
    }

    @Override
    public void onClose()
    {
        if (reader != null)
        {
            reader.close();
        }
    }

    @Override
    public String roleName()
    {
        return "kairos-journal-tail";
    }
}
