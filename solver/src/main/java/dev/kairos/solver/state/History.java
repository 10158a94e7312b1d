package dev.kairos.solver.state;

import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.DispatchVisit;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.FireSla;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.TicketSla;

import java.util.List;
import java.util.Objects;

/**
 * What a command meant for the tickets it touched, found by comparing them before and after it
 * applied: the SLA clocks follow status changes, and each ticket's timeline gets its events
 * (status steps, assignments the plan made or undid, SLA moments). Engine thread only.
 */
final class History
{
    private static final Before NOTHING = new Before(null, null, Engineers.NONE, null);

    private History()
    {
    }

    /** The command's ticket and its status, the engineers of the tickets its routes touch, and its SLA. */
    record Before(String ticketId, TicketStatus status, Engineers engineers, TicketSla sla)
    {
    }

    /**
     * Which engineer each touched ticket was on (null: none). A dozen tickets at most for a create
     * or cancel, mostly the same ones listed twice (the route before and after), so two short
     * arrays searched in order rather than a hash map filled for every such record.
     */
    static final class Engineers
    {
        static final Engineers NONE = new Engineers(0);

        private String[] tickets;
        /** Each ticket's number ({@link ByTicketId#number}): compared instead of the ids' bytes, which are cold. */
        private int[] numbers;
        private String[] engineers;
        private int size;

        Engineers(final int expected)
        {
            tickets = new String[expected];
            numbers = new int[expected];
            engineers = new String[expected];
        }

        /** Notes a ticket once: the first time is what it was before. */
        void note(final String ticketId, final LiveState state)
        {
            final int number = ByTicketId.number(ticketId);
            if (indexOf(ticketId, number) >= 0)
            {
                return;
            }
            if (size == tickets.length)
            {
                tickets = java.util.Arrays.copyOf(tickets, Math.max(4, size * 2));
                numbers = java.util.Arrays.copyOf(numbers, tickets.length);
                engineers = java.util.Arrays.copyOf(engineers, tickets.length);
            }
            tickets[size] = ticketId;
            numbers[size] = number;
            engineers[size++] = state.plan().engineerOf(ticketId);
        }

        private int indexOf(final String ticketId, final int number)
        {
            for (int i = 0; i < size; i++)
            {
                // Engine-given ids are equal exactly when their numbers are; any other id by its text.
                if (number >= 0 ? numbers[i] == number : numbers[i] < 0 && tickets[i].equals(ticketId))
                {
                    return i;
                }
            }
            return -1;
        }

        String get(final String ticketId)
        {
            final int i = indexOf(ticketId, ByTicketId.number(ticketId));
            return i < 0 ? null : engineers[i];
        }

        boolean isEmpty()
        {
            return size == 0;
        }

        Engineers clear()
        {
            java.util.Arrays.fill(tickets, 0, size, null);
            java.util.Arrays.fill(engineers, 0, size, null);
            size = 0;
            return this;
        }
    }

    static Before before(final LiveState state, final Command command, final Effects effects)
    {
        final String ticketId = switch (command)
        {
            case CreateTicket c -> effects.ticketId();
            case UpdateTicket c -> c.ticketId();
            case CancelTicket c -> c.ticketId();
            case TicketProgress c -> c.ticketId();
            case DispatchVisit c -> c.ticketId();
            case FireSla c -> c.ticketId();
            default -> null;
        };
        if (ticketId == null && effects.routes().isEmpty())
        {
            return NOTHING;
        }
        // The state's own, emptied: one per create and cancel was garbage (it lives only until after()).
        final Engineers engineers = state.touched.clear();
        final List<RoutePlan> plans = effects.routes();
        for (int p = 0; p < plans.size(); p++)
        {
            final RoutePlan plan = plans.get(p);
            final List<Stop> stops = state.route(plan.engineerId()).stops();
            for (int i = 0; i < stops.size(); i++)
            {
                engineers.note(stops.get(i).ticketId(), state);
            }
            final List<String> ids = plan.ticketIds();
            for (int i = 0; i < ids.size(); i++)
            {
                engineers.note(ids.get(i), state);
            }
        }
        final Ticket ticket = ticketId == null ? null : state.ticket(ticketId);
        if (ticket != null)
        {
            engineers.note(ticketId, state);
        }
        return new Before(ticketId, ticket == null ? null : ticket.status(), engineers,
            ticketId == null ? null : state.sla().ticket(ticketId));
    }

    static void after(final LiveState state, final Before before, final Command command, final long at, final long position)
    {
        final String id = before.ticketId();
        final Timeline timeline = state.timeline();
        final String by = state.actor();
        if (command instanceof CreateTicket)
        {
            state.sla().open(id, state.ticket(id).spec(), at);
            timeline.add(id, new TicketEvent.Created(at, position, state.sla().ticket(id).policy().id()), by);
        }
        final TicketStatus now = id == null ? null : state.ticket(id).status();
        if (before.status() != null && now != before.status())
        {
            state.sla().statusChanged(id, before.status(), now, at);
        }
        switch (command)
        {
            case UpdateTicket c -> timeline.add(id, new TicketEvent.Updated(at, position), by);
            case CancelTicket c -> timeline.add(id, new TicketEvent.Cancelled(at, position, c.reason()), by);
            case TicketProgress c -> timeline.add(id, new TicketEvent.StatusChanged(at, position, c.to(), before.engineers().get(id)), by);
            case FireSla c -> timeline.add(id, fired(state, before.sla(), c, at, position), by);
            default ->
            {
            }
        }
        if (!before.engineers().isEmpty())
        {
            assignments(state, before, at, position, by);
        }
        if (now == TicketStatus.DISPATCHED && before.status() != TicketStatus.DISPATCHED)
        {
            timeline.add(id, new TicketEvent.Dispatched(at, position, state.plan().engineerOf(id)), by);
        }
    }

    /** Assigned and unassigned events for the tickets whose engineer the command changed. */
    private static void assignments(final LiveState state, final Before before, final long at, final long position, final String by)
    {
        final Engineers engineers = before.engineers();
        for (int i = 0; i < engineers.size; i++)
        {
            final String ticketId = engineers.tickets[i];
            final String was = engineers.engineers[i];
            final String engineerId = state.plan().engineerOf(ticketId);
            if (Objects.equals(engineerId, was) || state.ticket(ticketId) == null)
            {
                continue;
            }
            if (engineerId != null)
            {
                state.timeline().add(ticketId, new TicketEvent.Assigned(at, position, engineerId), by);
            }
            else if (state.ticket(ticketId).status() == TicketStatus.NEW)
            {
                state.timeline().add(ticketId, new TicketEvent.Unassigned(at, position, was), by);
            }
        }
    }

    private static TicketEvent fired(final LiveState state, final TicketSla sla, final FireSla fire, final long at, final long position)
    {
        final EscalationAction action = SlaFiring.action(sla, fire);
        final String to = action == null ? null : sla.policy().spec().escalation().get(fire.moment().index()).to();
        final Ticket ticket = state.ticket(fire.ticketId());
        final Priority priority = action == EscalationAction.RAISE_PRIORITY ? ticket.spec().priority() : null;
        final String engineerId = action == EscalationAction.FORCE_DISPATCH && ticket.status() == TicketStatus.DISPATCHED ?
            state.plan().engineerOf(ticket.id()) : null;
        return new TicketEvent.SlaFired(at, position, fire.moment(), action, to, priority, engineerId);
    }
}
