package dev.kairos.solver.engine;

import dev.kairos.solver.command.FireSla;
import dev.kairos.solver.sla.SlaMoment;
import dev.kairos.solver.sla.SlaSchedule;
import dev.kairos.solver.sla.TicketSla;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.SlaBook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * Turns SLA timers into journaled {@link FireSla} commands. The wheel holds each open ticket's
 * next moment ({@link TicketSla#wake()}), kept current by the state's wake listener; at start it
 * is rebuilt from state, so whatever fell due while the engine was down fires at the first tick.
 * Due moments fire in deadline order across tickets, each as its own command stamped with the
 * engine time and carrying its original due time. Exactly once: a fired moment is marked in state
 * by its command, and the engine refuses a moment already marked.
 * <p>
 * Engine thread only (built on the starting thread before the engine thread runs).
 */
final class SlaAlarms implements SlaBook.WakeListener
{
    private record Due(String ticketId, SlaMoment moment)
    {
    }

    private static final Comparator<Due> ORDER = Comparator.<Due, SlaMoment>comparing(Due::moment, SlaSchedule.ORDER)
        .thenComparing(Due::ticketId);

    private final SlaTimers timers;
    private final PriorityQueue<Due> due = new PriorityQueue<>(ORDER);
    private final List<String> expired = new ArrayList<>();

    SlaAlarms(final LiveState state, final long now)
    {
        timers = new SlaTimers(now);
        for (final TicketSla sla : state.sla().tickets())
        {
            timers.add(sla.ticketId(), sla.wake());
        }
        state.sla().onWakeChanged(this);
    }

    @Override
    public void wakeChanged(final String ticketId, final long before, final long after)
    {
        timers.remove(ticketId, before);
        timers.add(ticketId, after);
    }

    /** Fires, through {@code fire} (true when applied), every moment due by {@code now}; returns how many. */
    int fireDue(final LiveState state, final long now, final Predicate<FireSla> fire)
    {
        collect(state, now);
        int fired = 0;
        while (!due.isEmpty())
        {
            final Due next = due.poll();
            if (fire.test(new FireSla(now, next.ticketId(), next.moment())))
            {
                fired++;
                // Its next moment may fall at the same instant, when the wake listener hears of no change.
                timers.add(next.ticketId(), state.sla().ticket(next.ticketId()).wake());
            }
            // The ticket's following moment may be overdue too: it joins the queue in deadline order.
            collect(state, now);
        }
        return fired;
    }

    private void collect(final LiveState state, final long now)
    {
        timers.expire(now, expired::add);
        for (final String ticketId : expired)
        {
            final TicketSla sla = state.sla().ticket(ticketId);
            final SlaMoment moment = sla == null ? null : SlaSchedule.next(sla, now);
            if (moment != null && moment.dueAt() <= now)
            {
                due.add(new Due(ticketId, moment));
            }
            else if (moment != null)
            {
                timers.add(ticketId, moment.dueAt());
            }
        }
        expired.clear();
    }
}
