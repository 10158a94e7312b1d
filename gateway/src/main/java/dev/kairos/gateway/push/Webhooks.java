package dev.kairos.gateway.push;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.PutWebhook;
import dev.kairos.solver.command.WebhookDelivered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The webhooks as the journal has them, and a deliverer for each. The journal tail feeds every
 * record in order: registrations, replacements, removals and acknowledgements. Deliverers start
 * once the tail has read the journal as it was at start (so each resumes after what its receiver
 * last acknowledged), and at once for webhooks registered later. A replacement applies from the
 * next delivery attempt; a removal stops delivery.
 * <p>
 * {@link #onRecord} and {@link #caughtUp} from the tail thread; {@link #get} and {@link #status}
 * from any thread; {@link #close} from the owning thread.
 */
final class Webhooks implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);

    /** What {@code GET /v1/webhooks/{id}} shows of delivery. */
    record Status(long delivered, int failures, String lastError)
    {
    }

    private final Map<String, Webhook> byId = new ConcurrentHashMap<>();
    private final Map<String, WebhookDeliverer> deliverers = new ConcurrentHashMap<>();
    private final ReadFrom readFrom;
    private final PushContext context;
    private final InstantSource engineClock;
    private final Predicate<Command> offer;
    private final HttpClient http;
    private boolean delivering;
    private volatile boolean closed;

    Webhooks(final ReadFrom readFrom, final PushContext context, final InstantSource engineClock, final Predicate<Command> offer)
    {
        this.readFrom = readFrom;
        this.context = context;
        this.engineClock = engineClock;
        this.offer = offer;
        this.http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(context.webhookTimeout())
            .build();
    }

    /** Before the tail starts: the webhooks as they stood where it starts reading (a snapshot's, once the journal is trimmed). */
    void seed(final java.util.Collection<dev.kairos.solver.state.WebhookState> registered)
    {
        for (final dev.kairos.solver.state.WebhookState w : registered)
        {
            byId.put(w.id(), new Webhook(w.id(), w.url(), w.types(), w.secret(), w.registeredAt(), w.deliveredThrough()));
        }
    }

    /** Tail thread: a journal record, in order. */
    void onRecord(final Command command, final long position)
    {
        if (command instanceof PutWebhook put)
        {
            if (put.url() == null)
            {
                byId.remove(put.webhookId());
                final WebhookDeliverer deliverer = deliverers.remove(put.webhookId());
                if (deliverer != null)
                {
                    deliverer.stop();
                }
                return;
            }
            final Webhook old = byId.get(put.webhookId());
            final Webhook webhook = new Webhook(put.webhookId(), put.url(), put.types(), put.secret(),
                old == null ? position : old.registeredAt(), old == null ? position : old.deliveredThrough());
            byId.put(webhook.id(), webhook);
            final WebhookDeliverer running = deliverers.get(webhook.id());
            if (running != null)
            {
                running.reconfigure(webhook);
            }
            else if (delivering)
            {
                startDeliverer(webhook);
            }
        }
        else if (command instanceof WebhookDelivered delivered)
        {
            byId.computeIfPresent(delivered.webhookId(), (id, webhook) -> webhook.delivered(delivered.through()));
        }
    }

    /** Tail thread: the journal as it was at start has been read; deliver from here on. */
    void caughtUp()
    {
        if (delivering)
        {
            return;
        }
        delivering = true;
        byId.values().forEach(this::startDeliverer);
    }

    /** The webhook with this id, or null. */
    Webhook get(final String id)
    {
        return byId.get(id);
    }

    /** How delivery goes, or null before it has started. */
    Status status(final String id)
    {
        final WebhookDeliverer deliverer = deliverers.get(id);
        return deliverer == null ? null : new Status(deliverer.delivered(), deliverer.failures(), deliverer.lastError());
    }

    /** Events not yet acknowledged by some receiver: how far behind the furthest webhook is, in positions. */
    long backlog(final long position)
    {
        long behind = 0;
        for (final WebhookDeliverer deliverer : deliverers.values())
        {
            behind = Math.max(behind, position - deliverer.delivered());
        }
        return behind;
    }

    private void startDeliverer(final Webhook webhook)
    {
        if (closed)
        {
            return;
        }
        final WebhookDeliverer deliverer = new WebhookDeliverer(webhook, readFrom, http, context, engineClock, offer);
        deliverers.put(webhook.id(), deliverer);
        deliverer.start();
    }

    @Override
    public void close()
    {
        closed = true;
        deliverers.values().forEach(WebhookDeliverer::stop);
        for (final WebhookDeliverer deliverer : deliverers.values())
        {
            try
            {
                deliverer.join(2_000);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                LOG.warn("interrupted while stopping webhook deliveries");
                return;
            }
        }
    }
}
