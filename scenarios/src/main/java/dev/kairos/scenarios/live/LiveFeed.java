package dev.kairos.scenarios.live;

import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.FieldServiceSla;
import dev.kairos.scenarios.city.TicketStream;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.InstantSource;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Brings a generated city to life on a running engine: puts its depots, engineers, field-service
 * SLA policies ({@link FieldServiceSla}) and an opening backlog of tickets when the engine has none, then sends tickets as they arrive, and
 * every {@code pingSeconds} of engine time (see {@link #MIN_PING_WALL_MILLIS}) what the engineers' devices
 * would: a location ping per engineer (towards
 * a dispatched visit, else a small drift), check-ins and completions as the plan times them
 * ({@link FieldWork}). Commands go through the engine's inbox, the same path as the gateway's.
 * {@link #start()} and {@link #close()} from the owning thread; the feed runs on its own thread.
 */
public final class LiveFeed implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);

    private final EngineHost engine;
    private final City city;
    private final InstantSource clock;
    private final TicketStream tickets;
    private final Random random;
    /**
     * Device reports at most this often on the wall clock: sped up, reports every engine {@code pingSeconds} would be
     * more commands than the map can show, so each report covers a longer step of engine time instead.
     */
    static final long MIN_PING_WALL_MILLIS = 250;

    private final double speed;
    private final long pingWallMillis;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r ->
    {
        final Thread thread = new Thread(r, "kairos-live-feed");
        thread.setDaemon(true);
        return thread;
    });

    public LiveFeed(final EngineHost engine, final City city, final InstantSource clock, final long seed, final int pingSeconds)
    {
        this(engine, city, clock, seed, pingSeconds, 1);
    }

    /**
     * A feed for an engine whose clock runs {@code speed} times the wall clock ({@code serve --clock-speed}): tickets
     * arrive and engineers move at that pace, so a day plays in minutes.
     */
    public LiveFeed(final EngineHost engine, final City city, final InstantSource clock, final long seed, final int pingSeconds,
        final double speed)
    {
        if (!(speed > 0) || Double.isInfinite(speed))
        {
            throw new IllegalArgumentException("speed must be a positive number, was " + speed);
        }
        this.engine = engine;
        this.city = city;
        this.clock = clock;
        this.tickets = new TicketStream(city, seed);
        this.random = new Random(seed ^ 0x5DEECE66DL);
        this.speed = speed;
        this.pingWallMillis = Math.max(MIN_PING_WALL_MILLIS, Math.round(pingSeconds * 1_000L / speed));
    }

    /**
     * Puts the city's depots and engineers, then {@code backlog} tickets, unless the journal already
     * has engineers. Returns how many commands it sent.
     */
    public int setUpIfEmpty(final int backlog)
    {
        final int existing = engine.ask(state -> state.engineers().size());
        if (existing > 0)
        {
            return 0;
        }
        int sent = 0;
        for (final Command command : city.depots())
        {
            send(command);
            sent++;
        }
        for (final Command command : city.engineers())
        {
            send(command);
            sent++;
        }
        for (final Command command : FieldServiceSla.policies(clock.millis()))
        {
            send(command);
            sent++;
        }
        for (int i = 0; i < backlog; i++)
        {
            send(tickets.next(clock.millis()));
            sent++;
        }
        return sent;
    }

    public void start()
    {
        scheduleNextTicket();
        scheduler.scheduleAtFixedRate(this::devices, pingWallMillis, pingWallMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close()
    {
        scheduler.shutdownNow();
        try
        {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }

    private void nextTicket()
    {
        try
        {
            send(tickets.next(clock.millis()));
        }
        catch (final RuntimeException ex)
        {
            LOG.warn("live feed: ticket not sent: {}", ex.getMessage());
        }
        scheduleNextTicket();
    }

    /** The stream's gaps are engine time; the scheduler waits on the wall clock. */
    private void scheduleNextTicket()
    {
        scheduler.schedule(this::nextTicket, Math.round(tickets.nextGapMillis() / speed), TimeUnit.MILLISECONDS);
    }

    /** Field reports first; then an engineer with nowhere to go drifts a few hundred metres, enough to watch on a map. */
    private void devices()
    {
        try
        {
            final long stepMillis = Math.round(pingWallMillis * speed);
            final List<Command> reports = engine.ask(state -> FieldWork.due(state, clock.millis(), stepMillis));
            final Set<String> moved = new HashSet<>();
            for (final Command report : reports)
            {
                send(report);
                if (report instanceof EngineerLocation ping)
                {
                    moved.add(ping.engineerId());
                }
            }
            for (final PutEngineer engineer : city.engineers())
            {
                final Location at = engine.ask(state -> state.engineer(engineer.engineerId()) == null ?
                    null : state.engineer(engineer.engineerId()).location());
                if (at == null || moved.contains(engineer.engineerId()))
                {
                    continue;
                }
                final long now = clock.millis();
                final Location next = new Location(
                    at.lat() + (random.nextDouble() - 0.5) * 0.004, at.lon() + (random.nextDouble() - 0.5) * 0.006);
                send(new EngineerLocation(now, engineer.engineerId(), next, now));
            }
        }
        catch (final RuntimeException ex)
        {
            LOG.warn("live feed: device reports not sent: {}", ex.getMessage());
        }
    }

    private void send(final Command command)
    {
        final Outcome outcome = engine.call(command);
        if (!(outcome instanceof Outcome.Applied))
        {
            LOG.warn("live feed: {} was not applied: {}", command.getClass().getSimpleName(), outcome);
        }
    }
}
