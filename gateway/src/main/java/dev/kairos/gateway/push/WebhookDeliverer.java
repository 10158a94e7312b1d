package dev.kairos.gateway.push;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.PutWebhook;
import dev.kairos.solver.command.WebhookDelivered;
import dev.kairos.solver.command.WebhookFailed;
import dev.kairos.solver.journal.JournalDamagedException;
import dev.kairos.solver.journal.JournalReader;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Delivers one webhook's events, in journal order, one POST each, until its receiver answers 2xx;
 * it retries with exponential back-off and never skips, so delivery is at least once and in order
 * (per ticket, and overall). It follows the journal with its own reader and mapper, remembering
 * records up to where delivery resumes; what its receiver acknowledged goes back to the journal as
 * {@link WebhookDelivered}, coalesced to about one a second, so a restart resumes close behind.
 * <p>
 * Each request carries {@code Kairos-Webhook}, {@code Kairos-Event}, {@code Kairos-Delivery}
 * ({@code position.index}: the same for every attempt and after a restart, for the receiver to drop
 * repeats), {@code Kairos-Timestamp} (wall time, seconds) and {@code Kairos-Signature:
 * sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>}.
 * <p>
 * After {@link PushContext#webhookFailAfter()} failed attempts at one delivery it journals a
 * {@link WebhookFailed}, once, which becomes a {@code webhook.failed} event for the stream and the
 * other webhooks (never for this one, which is not answering).
 * <p>
 * Runs on its own thread; {@link #reconfigure}, {@link #stop} and the getters from any thread.
 */
final class WebhookDeliverer implements Runnable
{
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliverer.class);
    /**
     * Records with nothing for this receiver that move its acknowledgement on by themselves, so a
     * webhook for rare events does not hold journal retention back for ever. Acknowledgements and
     * failures never count: an acknowledgement for having passed over acknowledgements would make
     * another one, and webhooks would answer each other for ever.
     */
    static final int PASSED_OVER_BEFORE_ACK = 1_000;

    /** An event to deliver and its index among its record's events. */
    private record Delivery(Event event, int index)
    {
    }

    private final String id;
    private final long resumeAfter;
    private final ReadFrom readFrom;
    private final HttpClient http;
    private final PushContext context;
    private final Predicate<Command> offer;
    private final java.time.InstantSource engineClock;
    private final List<Delivery> pending = new ArrayList<>();
    private volatile Webhook config;
    private volatile Set<EventType> types;
    private volatile boolean stopped;
    private volatile long delivered;
    private volatile int failures;
    private volatile String lastError;
    private long acknowledged;
    private boolean deliveredSinceAck;
    private long passedOverSinceAck;
    private long lastAckNanos;
    private Thread thread;

    WebhookDeliverer(final Webhook config, final ReadFrom readFrom, final HttpClient http, final PushContext context,
        final java.time.InstantSource engineClock, final Predicate<Command> offer)
    {
        this.id = config.id();
        this.resumeAfter = config.resumeAfter();
        this.readFrom = readFrom;
        this.http = http;
        this.context = context;
        this.engineClock = engineClock;
        this.offer = offer;
        this.delivered = resumeAfter;
        this.acknowledged = config.deliveredThrough();
        reconfigure(config);
    }

    void start()
    {
        thread = new Thread(this, "kairos-webhook-" + id);
        thread.setDaemon(true);
        thread.start();
    }

    /** A new url, types or secret: used from the next delivery attempt. */
    void reconfigure(final Webhook webhook)
    {
        config = webhook;
        types = webhook.eventTypes();
    }

    /** Stops after the attempt in flight; what was delivered is acknowledged on the way out. */
    void stop()
    {
        stopped = true;
        if (thread != null)
        {
            thread.interrupt();
        }
    }

    void join(final long millis) throws InterruptedException
    {
        if (thread != null)
        {
            thread.join(millis);
        }
    }

    /** Last position whose events the receiver took. */
    long delivered()
    {
        return delivered;
    }

    /** Failed attempts in a row, and the last failure (null after a success). */
    int failures()
    {
        return failures;
    }

    String lastError()
    {
        return lastError;
    }

    @Override
    public void run()
    {
        final IdleStrategy idle = new BackoffIdleStrategy(10, 10, TimeUnit.MICROSECONDS.toNanos(10), TimeUnit.MILLISECONDS.toNanos(5));
        final ReadFrom.Start start;
        try
        {
            start = readFrom.open(resumeAfter);
        }
        catch (final IllegalStateException ex)
        {
            // Nothing acknowledged is skipped silently: this webhook stops and says why.
            lastError = "cannot deliver: " + ex.getMessage();
            LOG.error("webhook {}: {}", id, lastError);
            return;
        }
        final EventMapper mapper = start.mapper();
        try (JournalReader reader = start.reader())
        {
            while (!stopped)
            {
                pending.clear();
                final int read = reader.poll((command, effects, position) ->
                {
                    if (position <= resumeAfter)
                    {
                        mapper.remember(command, effects, position);
                        return;
                    }
                    if (command instanceof PutWebhook put && put.url() == null && put.webhookId().equals(id))
                    {
                        // Our own removal, seen in journal order: nothing after it is ours to deliver,
                        // whenever the tail thread gets round to stopping us.
                        stopped = true;
                        return;
                    }
                    final List<Event> events = mapper.eventsOf(command, effects, position);
                    if (!(command instanceof WebhookDelivered || command instanceof WebhookFailed))
                    {
                        passedOverSinceAck++;
                    }
                    if (command instanceof WebhookFailed failed && failed.webhookId().equals(id))
                    {
                        // Its own failure goes to the stream and the other webhooks: this receiver is the one not answering.
                        return;
                    }
                    final Set<EventType> wanted = types;
                    for (int i = 0; i < events.size(); i++)
                    {
                        if (wanted.contains(events.get(i).type()))
                        {
                            pending.add(new Delivery(events.get(i), i));
                        }
                    }
                }, 1);
                if (read == 0)
                {
                    acknowledge(true);
                    idle.idle();
                    continue;
                }
                idle.reset();
                if (stopped)
                {
                    break;
                }
                for (final Delivery delivery : pending)
                {
                    if (!deliver(delivery))
                    {
                        return;
                    }
                }
                delivered = Math.max(delivered, reader.lastPosition());
                if (!pending.isEmpty())
                {
                    deliveredSinceAck = true;
                    acknowledge(false);
                }
            }
        }
        catch (final JournalDamagedException ex)
        {
            lastError = ex.getMessage();
            LOG.error("webhook {}: {}", id, ex.getMessage());
        }
        finally
        {
            acknowledge(true);
        }
    }

    /** POSTs until a 2xx; false when stopped first. */
    private boolean deliver(final Delivery delivery)
    {
        final Event event = delivery.event();
        final String deliveryId = event.position() + "." + delivery.index();
        boolean reported = false;
        for (int attempt = 1; !stopped; attempt++)
        {
            final Webhook webhook = config;
            final String timestamp = Long.toString(context.wallClock().instant().getEpochSecond());
            try
            {
                final HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
                    .timeout(context.webhookTimeout())
                    .header("Content-Type", "application/json")
                    .header("Kairos-Webhook", id)
                    .header("Kairos-Event", event.type().wireName())
                    .header("Kairos-Delivery", deliveryId)
                    .header("Kairos-Timestamp", timestamp)
                    .header("Kairos-Signature", "sha256=" + sign(webhook.secret(), timestamp, event.json()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(event.json()))
                    .build();
                final int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2)
                {
                    failures = 0;
                    lastError = null;
                    return true;
                }
                lastError = "HTTP " + status + " for delivery " + deliveryId;
            }
            catch (final IOException | IllegalArgumentException ex)
            {
                lastError = ex + " for delivery " + deliveryId;
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                return false;
            }
            failures++;
            if (attempt >= context.webhookFailAfter() && !reported)
            {
                // Once per run of failures; an offer the engine's full inbox refused is tried again after the next attempt.
                reported = offer.test(new WebhookFailed(engineClock.millis(), id, event.type().wireName(), event.position(), deliveryId,
                    attempt, lastError));
            }
            // A receiver that fails now may have taken earlier events not yet acknowledged: keep the journal up to date.
            acknowledge(false);
            try
            {
                TimeUnit.MILLISECONDS.sleep(backoff(attempt));
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Doubling from the base to the cap. */
    private long backoff(final int attempt)
    {
        final long base = context.webhookBackoffBase().toMillis();
        final long cap = context.webhookBackoffMax().toMillis();
        return attempt >= 31 ? cap : Math.min(cap, base << (attempt - 1));
    }

    /** Journals what was delivered: when idle or stopping at once, otherwise at most once per ack interval. */
    private void acknowledge(final boolean now)
    {
        final long through = delivered;
        if (through <= acknowledged || !deliveredSinceAck && passedOverSinceAck < PASSED_OVER_BEFORE_ACK)
        {
            return;
        }
        final long nanos = System.nanoTime();
        if (!now && nanos - lastAckNanos < context.webhookAckInterval().toNanos())
        {
            return;
        }
        if (offer.test(new WebhookDelivered(engineClock.millis(), id, through)))
        {
            acknowledged = through;
            lastAckNanos = nanos;
            deliveredSinceAck = false;
            passedOverSinceAck = 0;
        }
    }

    static String sign(final String secret, final String timestamp, final byte[] body)
    {
        try
        {
            final Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update((byte)'.');
            return HexFormat.of().formatHex(mac.doFinal(body));
        }
        catch (final GeneralSecurityException ex)
        {
            throw new IllegalStateException("every JDK has HmacSHA256", ex);
        }
    }
}
