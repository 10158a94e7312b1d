package dev.kairos.scenarios.sim;

import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Stop;
import dev.kairos.solver.state.Ticket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Why a simulated day fell short, for whoever tunes the planner: a visit that started after its
 * window, the tickets left open at the end and why, the responses breached. Off unless this logger is
 * at debug ({@code -Dorg.slf4j.simpleLogger.log.dev.kairos.scenarios.sim.DayDiagnostics=debug}); times are
 * minutes from the day's start. Engine thread for the state readers.
 */
final class DayDiagnostics
{
    private static final Logger LOG = LoggerFactory.getLogger(DayDiagnostics.class);

    private final long dayStartMillis;

    DayDiagnostics(final long dayStartMillis)
    {
        this.dayStartMillis = dayStartMillis;
    }

    static boolean enabled()
    {
        return LOG.isDebugEnabled();
    }

    void missedWindow(final String ticketId, final String engineerId, final long from, final TimeWindow window, final Stop stop)
    {
        if (LOG.isDebugEnabled() && window != null && from > window.end())
        {
            LOG.debug(String.format("missed %s on %s at %.2f window %.2f-%.2f planned arrival %.2f start %.2f", ticketId, engineerId,
                minute(from), minute(window.start()), minute(window.end()), minute(stop.arrival()), minute(stop.start())));
        }
    }

    /** Engine thread: every ticket the plan leaves unassigned, with when it was released and why. */
    Void open(final LiveState state, final Map<String, Long> releasedAt)
    {
        state.plan().unassigned().forEach((id, why) ->
        {
            final Ticket ticket = state.ticket(id);
            final TimeWindow window = ticket.spec().window();
            LOG.debug(String.format("open %s released %.2f window %s tools %s why %s", id, minute(releasedAt.get(id)),
                window == null ? "none" : String.format("%.2f-%.2f", minute(window.start()), minute(window.end())),
                ticket.spec().tools(), why));
        });
        return null;
    }

    /** Engine thread: every response clock that breached, with the ticket's state at the end. */
    Void breaches(final LiveState state, final Policy policy)
    {
        for (final var sla : state.sla().tickets())
        {
            if (sla.response().breached())
            {
                final Ticket ticket = state.ticket(sla.ticketId());
                LOG.debug(String.format("%s breached %s %s started %.2f breached %.2f status %s skills %s parts %s why %s", policy,
                    ticket.id(), ticket.spec().priority(), minute(sla.response().start()), minute(sla.response().breachedAt()),
                    ticket.status(), ticket.spec().skills(), ticket.spec().parts(), state.plan().unassigned().get(ticket.id())));
            }
        }
        return null;
    }

    private double minute(final long millis)
    {
        return (millis - dayStartMillis) / 60_000.0;
    }
}
