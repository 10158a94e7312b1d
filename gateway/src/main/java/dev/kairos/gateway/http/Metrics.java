package dev.kairos.gateway.http;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.planning.improve.Improver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.time.InstantSource;

/**
 * What {@code GET /metrics} shows, in Prometheus text: requests by route, method and status with
 * latency histograms; the engine's inbox depth and journal position; optimiser rounds. Any thread
 * (Micrometer meters are thread-safe; gauges read volatile engine counters).
 */
public final class Metrics implements AutoCloseable
{
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter rounds;
    private final Counter moves;
    private final Counter planUpdates;
    private final Timer roundTime;
    private final java.util.concurrent.ConcurrentMap<RequestKey, Timer> requests = new java.util.concurrent.ConcurrentHashMap<>();
    private final SlaGauges sla;
    private volatile HardMediumSoftScore lastScore = HardMediumSoftScore.ZERO;

    public Metrics(final EngineHost engine, final InstantSource clock)
    {
        Gauge.builder("kairos.engine.inbox.depth", engine, EngineHost::inboxDepth)
            .description("requests waiting for the engine thread").register(registry);
        Gauge.builder("kairos.journal.position", engine, EngineHost::position)
            .description("journal position of the last applied command").register(registry);
        FunctionCounter.builder("kairos.journal.appends", engine, EngineHost::journalAppends)
            .description("commands journaled since start").register(registry);
        FunctionCounter.builder("kairos.journal.append.seconds", engine, host -> host.journalAppendNanos() / 1e9)
            .description("time spent appending, in total (its rate over the appends' rate is the mean append latency)")
            .register(registry);
        rounds = Counter.builder("kairos.optimiser.rounds").description("sub-problems solved").register(registry);
        moves = Counter.builder("kairos.optimiser.moves")
            .description("moves the solver evaluated (rate() of it is the optimiser's moves per second)").register(registry);
        planUpdates = Counter.builder("kairos.optimiser.plan.updates").description("better plans the engine applied")
            .register(registry);
        roundTime = Timer.builder("kairos.optimiser.round").description("time from reading the plan to a sub-problem's answer")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofSeconds(30))
            .register(registry);
        Gauge.builder("kairos.optimiser.score", this, m -> m.lastScore.hardScore()).tag("level", "hard")
            .description("score of the last sub-problem solved, by level").register(registry);
        Gauge.builder("kairos.optimiser.score", this, m -> m.lastScore.mediumScore()).tag("level", "medium")
            .description("score of the last sub-problem solved, by level").register(registry);
        Gauge.builder("kairos.optimiser.score", this, m -> m.lastScore.softScore()).tag("level", "soft")
            .description("score of the last sub-problem solved, by level").register(registry);
        sla = new SlaGauges(engine, clock, registry);
    }

    /** Event loop: one answered request. */
    public void request(final String route, final String method, final int status, final long nanos)
    {
        final RequestKey key = new RequestKey(route, method, status);
        Timer timer = requests.get(key);
        if (timer == null)
        {
            timer = requests.computeIfAbsent(key, this::requestTimer);
        }
        timer.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /**
     * A request timer, looked up once per route, method and status: building and registering it on
     * every request (builder, tags, meter id) allocated more than the timer's own recording.
     */
    private Timer requestTimer(final RequestKey key)
    {
        return Timer.builder("kairos.http.requests")
            .tag("route", key.route())
            .tag("method", key.method())
            .tag("status", Integer.toString(key.status()))
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofNanos(50_000))
            .maximumExpectedValue(Duration.ofSeconds(5))
            .register(registry);
    }

    /**
     * Equality and hash written out: the record's generated ones (method-handle chains) were most of
     * the lookup's cost on every request (benchmarks/RESULTS.md, 2026-12-07 session 8). Route and
     * method are the router's and Netty's constant strings, so equality is mostly identity.
     */
    private record RequestKey(String route, String method, int status)
    {
        @Override
        public boolean equals(final Object other)
        {
            return other instanceof RequestKey key && status == key.status
                && java.util.Objects.equals(route, key.route) && java.util.Objects.equals(method, key.method);
        }

        @Override
        public int hashCode()
        {
            return (java.util.Objects.hashCode(route) * 31 + java.util.Objects.hashCode(method)) * 31 + status;
        }
    }

    /** Optimiser thread: one round done. */
    public void round(final Improver.Round round)
    {
        rounds.increment();
        moves.increment(round.moves());
        roundTime.record(round.finishedNanos() - round.startedNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        if (round.after() != null)
        {
            lastScore = round.after();
        }
        if (round.applied())
        {
            planUpdates.increment();
        }
    }

    /** For other parts of the server to register their own meters; any thread. */
    public io.micrometer.core.instrument.MeterRegistry registry()
    {
        return registry;
    }

    public String scrape()
    {
        return registry.scrape();
    }

    /** The SLA counts the gauges show, asked of the engine now; for tests. */
    SlaGauges.Counts refreshSla()
    {
        sla.refresh();
        return sla.counts();
    }

    @Override
    public void close()
    {
        sla.close();
    }
}
