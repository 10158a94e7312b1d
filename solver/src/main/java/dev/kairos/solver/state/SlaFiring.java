package dev.kairos.solver.state;

import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.FireSla;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.command.TicketPatch;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.SlaEventKind;
import dev.kairos.solver.sla.TicketSla;

/**
 * Applies a fired SLA moment: marks it fired, and for the escalations that act on the ticket,
 * raises its priority or makes it dispatched as the next visit the engine decided (the route comes
 * with the effects). Engine thread only.
 */
public final class SlaFiring
{
    private SlaFiring()
    {
    }

    /** One level more urgent; P1 stays P1. */
    public static Priority raised(final Priority priority)
    {
        return Priority.values()[Math.max(0, priority.ordinal() - 1)];
    }

    /** The patch a RAISE_PRIORITY step applies, or null when the ticket is already P1. */
    public static TicketPatch raisePatch(final TicketSpec spec)
    {
        final Priority raised = raised(spec.priority());
        return raised == spec.priority() ? null :
            new TicketPatch(null, raised, null, null, null, null, null, null, 0, null, TicketSpec.NO_TIME);
    }

    /** The step's action, or null for reminders and breaches. */
    public static EscalationAction action(final TicketSla sla, final FireSla fire)
    {
        return fire.moment().kind() == SlaEventKind.ESCALATION ?
            sla.policy().spec().escalation().get(fire.moment().index()).action() : null;
    }

    static Ticket apply(final LiveState state, final FireSla fire, final Effects effects, final long at, final long position)
    {
        final TicketSla before = state.sla().ticket(fire.ticketId());
        final EscalationAction action = action(before, fire);
        state.sla().fired(fire.ticketId(), fire.moment(), at);
        final Ticket ticket = state.ticket(fire.ticketId());
        if (action == EscalationAction.RAISE_PRIORITY)
        {
            final TicketPatch patch = raisePatch(ticket.spec());
            return patch == null ? ticket : state.put(TicketUpdates.apply(ticket, patch, at, position));
        }
        if (action == EscalationAction.FORCE_DISPATCH && lists(effects, ticket.id()) && ticket.status().compareTo(TicketStatus.PLANNED) <= 0)
        {
            // Dispatched before the plan is applied, so the route counts it in its pinned prefix.
            return state.put(ticket.withStatus(TicketStatus.DISPATCHED, at, position));
        }
        return ticket;
    }

    private static boolean lists(final Effects effects, final String ticketId)
    {
        for (final RoutePlan route : effects.routes())
        {
            if (route.ticketIds().contains(ticketId))
            {
                return true;
            }
        }
        return false;
    }
}
