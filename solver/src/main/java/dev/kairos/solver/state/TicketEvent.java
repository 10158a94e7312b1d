package dev.kairos.solver.state;

import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.SlaMoment;

/**
 * One entry of a ticket's timeline: what happened, at which engine time, by the command at which
 * journal position. Derived from journaled records while they are applied, so replay rebuilds the
 * same timeline. Immutable.
 */
public sealed interface TicketEvent
{
    long at();

    long position();

    /** The event type of DESIGN.md's vocabulary, e.g. {@code plan.assigned} or {@code sla.warning}. */
    String type();

    record Created(long at, long position, String policyId) implements TicketEvent
    {
        public String type()
        {
            return "ticket.created";
        }
    }

    record Updated(long at, long position) implements TicketEvent
    {
        public String type()
        {
            return "ticket.updated";
        }
    }

    /** A field-flow step; {@code engineerId} is who was doing the ticket, null when nobody was. */
    record StatusChanged(long at, long position, TicketStatus status, String engineerId) implements TicketEvent
    {
        public String type()
        {
            return "ticket.status";
        }
    }

    record Cancelled(long at, long position, String reason) implements TicketEvent
    {
        public String type()
        {
            return "ticket.cancelled";
        }
    }

    record Assigned(long at, long position, String engineerId) implements TicketEvent
    {
        public String type()
        {
            return "plan.assigned";
        }
    }

    /** Taken off an engineer's route and back among the unassigned. */
    record Unassigned(long at, long position, String engineerId) implements TicketEvent
    {
        public String type()
        {
            return "plan.unassigned";
        }
    }

    record Dispatched(long at, long position, String engineerId) implements TicketEvent
    {
        public String type()
        {
            return "plan.dispatched";
        }
    }

    /**
     * An SLA moment fired. For an escalation, {@code action} and {@code to} are the step's, and
     * what it changed: the new {@code priority} (RAISE_PRIORITY) or the {@code engineerId} the
     * ticket was dispatched to (FORCE_DISPATCH); null where it changed nothing.
     */
    record SlaFired(long at, long position, SlaMoment moment, EscalationAction action, String to, Priority priority,
                    String engineerId) implements TicketEvent
    {
        public String type()
        {
            return moment.kind().type();
        }
    }

    /**
     * The ticket's parts: reserved at dispatch ({@code stock.reserved}, with {@code depotId} for a
     * pick-up), missing ({@code stock.out}), picked up or used ({@code stock.changed}), or released.
     */
    record StockMoved(long at, long position, String kind, String engineerId, String depotId,
                      java.util.SortedMap<String, Integer> parts) implements TicketEvent
    {
        public String type()
        {
            return kind;
        }
    }
}
