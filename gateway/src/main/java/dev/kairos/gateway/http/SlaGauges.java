package dev.kairos.gateway.http;

import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.sla.TicketSla;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Ticket;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * SLA counts for /metrics: open tickets with a running SLA clock, at risk (a deadline within the
 * hour) and breached. A scrape must not wait on the engine from an event loop, so a daemon thread
 * asks the engine every few seconds (a query through its inbox, like any reader) and the gauges
 * read the last answer.
 */
final class SlaGauges implements AutoCloseable
{
    static final Duration AT_RISK_WITHIN = Duration.ofHours(1);
    private static final long REFRESH_SECONDS = 2;

    /** The counts as of one engine query; immutable. */
    record Counts(int open, int running, int atRisk, int breached)
    {
        static final Counts NONE = new Counts(0, 0, 0, 0);

        static Counts of(final LiveState state, final long now)
        {
            int open = 0;
            int running = 0;
            int atRisk = 0;
            int breached = 0;
            for (final TicketSla sla : state.sla().tickets())
            {
                final Ticket ticket = state.ticket(sla.ticketId());
                if (ticket == null || ticket.status().isClosed())
                {
                    continue;
                }
                open++;
                if (sla.nextDeadline() != TicketSla.NEVER)
                {
                    running++;
                    if (sla.nextDeadline() <= now + AT_RISK_WITHIN.toMillis())
                    {
                        atRisk++;
                    }
                }
                if (sla.response().breached() || sla.resolution().breached())
                {
                    breached++;
                }
            }
            return new Counts(open, running, atRisk, breached);
        }
    }

    private final EngineHost engine;
    private final InstantSource clock;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r ->
    {
        final Thread thread = new Thread(r, "kairos-sla-gauges");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Counts counts = Counts.NONE;

    SlaGauges(final EngineHost engine, final InstantSource clock, final MeterRegistry registry)
    {
        this.engine = engine;
        this.clock = clock;
        Gauge.builder("kairos.sla.tickets.open", this, g -> g.counts.open())
            .description("open tickets under an SLA policy").register(registry);
        Gauge.builder("kairos.sla.tickets.running", this, g -> g.counts.running())
            .description("open tickets with an SLA deadline still to meet").register(registry);
        Gauge.builder("kairos.sla.tickets.at.risk", this, g -> g.counts.atRisk())
            .description("open tickets whose next SLA deadline falls within the hour").register(registry);
        Gauge.builder("kairos.sla.tickets.breached", this, g -> g.counts.breached())
            .description("open tickets with a breached SLA clock").register(registry);
        refresher.scheduleWithFixedDelay(this::refresh, 0, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    /** Asks the engine now; the refresher thread, or a test. */
    void refresh()
    {
        try
        {
            final long now = clock.millis();
            counts = engine.ask(state -> Counts.of(state, now));
        }
        catch (final RuntimeException ex)
        {
            // A stopping engine refuses queries; the gauges keep the last counts.
        }
    }

    Counts counts()
    {
        return counts;
    }

    @Override
    public void close()
    {
        refresher.shutdownNow();
    }
}
