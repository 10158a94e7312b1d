package dev.kairos.gateway.push;

import dev.kairos.gateway.http.Metrics;
import dev.kairos.gateway.http.Router;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.engine.Request;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelHandler;
import org.agrona.concurrent.AgentRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.InstantSource;

/**
 * The push side of the server: the journal tail on its own thread, the ring of recent events, the
 * WebSocket sessions, the browsers' stream tokens and the webhooks. It reads the journal and offers
 * the engine nothing but webhook acknowledgements, through the inbox like any request. Built and
 * closed by the server's owning thread; the handler and routes it hands out run on event loops.
 */
public final class Push implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(Push.class);

    private final PushContext context;
    private final EventRing ring;
    private final StreamHub hub = new StreamHub();
    private final JournalTail tail;
    private final AgentRunner tailRunner;
    private final CatchUp catchUp;
    private final StreamTokens tokens;
    private final StreamUpgrade upgrade;
    private final Webhooks webhooks;
    private final Counter sent;
    private final Counter cutOffs;
    private volatile boolean closing;

    /** {@code clock} stamps the webhook acknowledgements this side journals, as the gateway stamps requests. */
    public Push(final PushContext context, final Path journalFolder, final EngineHost engine, final InstantSource clock,
        final Metrics metrics)
    {
        this.context = context.conclude();
        ring = new EventRing(context.ringCapacity());
        final ReadFrom readFrom = new ReadFrom(journalFolder, engine.snapshots() == null ? null : engine.snapshots().store().folder(),
            dev.kairos.gateway.http.LocationFormat.of(engine.<dev.kairos.solver.domain.Area>ask(dev.kairos.solver.state.LiveState::area)));
        webhooks = new Webhooks(readFrom, context, clock, command -> engine.offer(Request.command(command, outcome ->
        {
            if (!(outcome instanceof Outcome.Applied))
            {
                LOG.warn("webhook acknowledgement {} not applied: {}", command, outcome);
            }
        })));
        tail = new JournalTail(readFrom, webhooks::seed, ring, engine.startPosition(), (command, effects, position) ->
            webhooks.onRecord(command, position), webhooks::caughtUp, hub::published,
            () -> hub.closeAll(1011, "the event stream stopped: the journal could not be read"), hub::listening);
        catchUp = new CatchUp(readFrom, ring, context.catchUpLimit());
        tokens = new StreamTokens(context.wallClock(), context.tokenTtl(), context.maxTokens());
        upgrade = new StreamUpgrade(this, engine.keyDirectory(), metrics);
        final MeterRegistry registry = metrics.registry();
        Gauge.builder("kairos.stream.clients", hub, StreamHub::size).description("WebSocket stream connections").register(registry);
        Gauge.builder("kairos.stream.position", tail, JournalTail::position)
            .description("journal position the event stream has reached").register(registry);
        sent = Counter.builder("kairos.stream.events.sent").description("events written to stream subscribers").register(registry);
        cutOffs = Counter.builder("kairos.stream.slow.consumers").description("stream subscribers cut off for falling behind")
            .register(registry);
        Gauge.builder("kairos.webhook.backlog", this, push -> push.webhooks.backlog(push.tail.position()))
            .description("journal positions the furthest-behind webhook has yet to deliver").register(registry);
        // Parks up to a millisecond when idle: push latency stays around a millisecond and an idle tail costs next to nothing.
        tailRunner = new AgentRunner(new TailIdle(hub::listening), ex -> LOG.error("journal tail error", ex), null, tail);
        AgentRunner.startOnThread(tailRunner);
        tail.awaitStarted();
    }

    /** The handler that takes {@code GET /v1/stream} upgrades; goes in every channel's pipeline before the API. */
    public ChannelHandler upgradeHandler()
    {
        return upgrade;
    }

    /** Adds {@code POST /v1/stream-tokens} and {@code PUT, GET, DELETE /v1/webhooks/{id}}. */
    public Router register(final Router router)
    {
        return WebhookRoutes.register(StreamRoutes.register(router, tokens), webhooks);
    }

    /** Journal position the stream has reached; any thread. */
    public long position()
    {
        return tail.position();
    }

    /** Tells every subscriber the server is stopping (1001) before the event loops close. */
    public void closeSessions()
    {
        closing = true;
        hub.closeAll(1001, "server stopping");
    }

    @Override
    public void close()
    {
        closing = true;
        tailRunner.close();
        webhooks.close();
        catchUp.close();
    }

    PushContext context()
    {
        return context;
    }

    EventRing ring()
    {
        return ring;
    }

    StreamHub hub()
    {
        return hub;
    }

    JournalTail tail()
    {
        return tail;
    }

    CatchUp catchUp()
    {
        return catchUp;
    }

    StreamTokens tokens()
    {
        return tokens;
    }

    boolean closing()
    {
        return closing;
    }

    void sent()
    {
        sent.increment();
    }

    void cutOff()
    {
        cutOffs.increment();
    }
}
