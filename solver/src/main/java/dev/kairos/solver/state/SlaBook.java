package dev.kairos.solver.state;

import dev.kairos.solver.command.PutCalendar;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.BusinessCalendar;
import dev.kairos.solver.sla.SlaMoment;
import dev.kairos.solver.sla.SlaPolicy;
import dev.kairos.solver.sla.TicketSla;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The SLA part of live state: policies (the built-in fallbacks included), named calendars, and
 * each ticket's {@link TicketSla}. Open tickets are also indexed by their next deadline, so "what
 * falls due within the hour" reads a range instead of every ticket. Part of {@link LiveState};
 * engine thread only, except {@link #directory()}.
 */
public final class SlaBook
{
    /** Told, on the engine thread, when a ticket's next SLA moment moves; the engine keeps its timer wheel with it. */
    @FunctionalInterface
    public interface WakeListener
    {
        void wakeChanged(String ticketId, long before, long after);
    }

    private record Deadline(long at, String ticketId) implements Comparable<Deadline>
    {
        /** By time, then id; written out rather than composed from key extractors, since every create and status change walks the set. */
        @Override
        public int compareTo(final Deadline other)
        {
            final int byTime = Long.compare(at, other.at);
            return byTime != 0 ? byTime : ticketId.compareTo(other.ticketId);
        }
    }

    private static final Comparator<SlaPolicy> PRECEDENCE = Comparator
        .<SlaPolicy>comparingInt(p -> -p.spec().match().specificity())
        .thenComparingInt(p -> p.spec().rank())
        .thenComparing(SlaPolicy::id);

    private final Map<String, SlaPolicy> policies = new HashMap<>();
    private final Map<String, CalendarEntry> calendars = new HashMap<>();
    private final ByTicketId<TicketSla> tickets = new ByTicketId<>();
    private final TreeSet<Deadline> deadlines = new TreeSet<>();
    private final SlaDirectory directory = new SlaDirectory();
    private WakeListener listener;

    SlaBook()
    {
        for (final SlaPolicy policy : SlaPolicy.BUILT_IN)
        {
            policies.put(policy.id(), policy);
        }
        calendars.put(BusinessCalendar.ALWAYS.name(), new CalendarEntry(BusinessCalendar.ALWAYS.name(), BusinessCalendar.ALWAYS,
            true, 0, 0));
        directory.publish(calendars.keySet());
    }

    public SlaPolicy policy(final String id)
    {
        return policies.get(id);
    }

    public Collection<SlaPolicy> policies()
    {
        return policies.values();
    }

    public CalendarEntry calendar(final String name)
    {
        return calendars.get(name);
    }

    public Collection<CalendarEntry> calendars()
    {
        return calendars.values();
    }

    /** A ticket's SLA, or null for an unknown ticket. */
    public TicketSla ticket(final String ticketId)
    {
        return tickets.get(ticketId);
    }

    public Collection<TicketSla> tickets()
    {
        return tickets.values();
    }

    /** Calendar names for the gateway's checks; any thread. */
    public SlaDirectory directory()
    {
        return directory;
    }

    /** Engine thread; replay runs without one, and the engine rebuilds its wheel from {@link #tickets()} after. */
    public void onWakeChanged(final WakeListener listener)
    {
        this.listener = listener;
    }

    /**
     * The policy a ticket gets: among configured policies that match it, the most specific; ties go
     * to the lower rank, then the lower id. Without a match, the built-in default for its priority.
     */
    public SlaPolicy match(final TicketSpec spec)
    {
        SlaPolicy best = null;
        for (final SlaPolicy policy : policies.values())
        {
            if (!policy.builtIn() && policy.spec().match().matches(spec) && (best == null || PRECEDENCE.compare(policy, best) < 0))
            {
                best = policy;
            }
        }
        return best != null ? best : SlaPolicy.fallback(spec.priority());
    }

    /** The planning due a new ticket with this spec would get at {@code at}: what the fast path plans against. */
    public long previewDue(final TicketSpec spec, final long at)
    {
        final SlaPolicy policy = match(spec);
        final BusinessCalendar calendar = calendarOf(policy);
        final long arrivalDue = policy.spec().responseMilestone() == TicketStatus.ON_SITE
            ? calendar.addWorkingTime(at, policy.spec().responseTargetMillis()) : TicketSla.NEVER;
        return TicketSla.planningDue(calendar.addWorkingTime(at, policy.spec().resolutionTargetMillis()), arrivalDue,
            spec.durationMinutes());
    }

    /** Open tickets whose next deadline is in [{@code from}, {@code to}], soonest first, at most {@code limit}. */
    public List<TicketSla> deadlinesBetween(final long from, final long to, final int limit)
    {
        final List<TicketSla> due = new ArrayList<>();
        for (final Deadline deadline : deadlines.subSet(new Deadline(from, ""), true, new Deadline(to, "\uffff"), true))
        {
            if (due.size() == limit)
            {
                break;
            }
            due.add(tickets.get(deadline.ticketId()));
        }
        return due;
    }

    SlaPolicy putPolicy(final PutSlaPolicy command, final long position, final LiveState state)
    {
        final SlaPolicy policy = new SlaPolicy(command.policyId(), command.spec(), false, position, command.at());
        policies.put(policy.id(), policy);
        if (command.reapply())
        {
            // An admin's rare request: a pass over the tickets is fine here, never on the hot path.
            final BusinessCalendar calendar = calendarOf(policy);
            for (final TicketSla sla : new ArrayList<>(tickets.values()))
            {
                final Ticket ticket = state.ticket(sla.ticketId());
                if (sla.policy().id().equals(policy.id()) && !ticket.status().isClosed())
                {
                    put(sla.reapplied(policy, calendar, ticket.status(), command.at()));
                }
            }
        }
        return policy;
    }

    SlaPolicy deletePolicy(final String policyId)
    {
        return policies.remove(policyId);
    }

    CalendarEntry putCalendar(final PutCalendar command, final long position)
    {
        final CalendarEntry entry = new CalendarEntry(command.name(), BusinessCalendar.of(command.name(), command.spec()),
            false, position, command.at());
        calendars.put(entry.name(), entry);
        directory.publish(calendars.keySet());
        return entry;
    }

    void open(final String ticketId, final TicketSpec spec, final long at)
    {
        final SlaPolicy policy = match(spec);
        put(TicketSla.open(ticketId, policy, calendarOf(policy), at));
    }

    void statusChanged(final String ticketId, final TicketStatus from, final TicketStatus to, final long at)
    {
        final TicketSla sla = tickets.get(ticketId);
        if (sla != null)
        {
            put(sla.withStatus(from, to, at));
        }
    }

    TicketSla fired(final String ticketId, final SlaMoment moment, final long at)
    {
        return put(tickets.get(ticketId).fired(moment, at));
    }

    void restore(final Object entity)
    {
        switch (entity)
        {
            case TicketSla sla -> put(sla);
            case SlaPolicy policy -> policies.put(policy.id(), policy);
            case CalendarEntry entry ->
            {
                calendars.put(entry.name(), entry);
                directory.publish(calendars.keySet());
            }
            default -> throw new IllegalArgumentException("not an SLA entity: " + entity.getClass().getName());
        }
    }

    private TicketSla put(final TicketSla next)
    {
        final TicketSla previous = tickets.put(next.ticketId(), next);
        final long before = previous == null ? TicketSla.NEVER : previous.wake();
        final long was = previous == null ? TicketSla.NEVER : previous.nextDeadline();
        // Most status changes (planned, dispatched) leave the next deadline where it was: nothing to move.
        if (was != next.nextDeadline())
        {
            if (was != TicketSla.NEVER)
            {
                deadlines.remove(new Deadline(was, previous.ticketId()));
            }
            if (next.nextDeadline() != TicketSla.NEVER)
            {
                deadlines.add(new Deadline(next.nextDeadline(), next.ticketId()));
            }
        }
        if (listener != null && before != next.wake())
        {
            listener.wakeChanged(next.ticketId(), before, next.wake());
        }
        return next;
    }

    /** Policies name only calendars that exist (the engine refuses others) and calendars are never removed. */
    private BusinessCalendar calendarOf(final SlaPolicy policy)
    {
        final CalendarEntry entry = calendars.get(policy.spec().calendar());
        return entry != null ? entry.calendar() : BusinessCalendar.ALWAYS;
    }
}
