package dev.kairos.solver.engine;

import dev.kairos.solver.command.DeleteSlaPolicy;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.FireSla;
import dev.kairos.solver.command.PutCalendar;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.command.TicketPatch;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.engine.Outcome.Refusal;
import dev.kairos.solver.engine.Outcome.Refused;
import dev.kairos.solver.planning.Insertion;
import dev.kairos.solver.planning.PickUps;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.SlaPolicy;
import dev.kairos.solver.sla.TicketSla;
import dev.kairos.solver.state.CalendarEntry;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.SlaFiring;
import dev.kairos.solver.state.Ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the SLA commands decide before they are journaled: built-in policies and the 24x7 calendar
 * are read-only, a policy needs its calendar, a moment fires only once, and the escalations that
 * act decide their plan changes here (priority raised through the fast path like an update; force
 * dispatch as the nearest qualified engineer's next visit). Engine thread.
 */
final class SlaDecisions
{
    private SlaDecisions()
    {
    }

    static Refused refusal(final LiveState state, final PutSlaPolicy put)
    {
        final SlaPolicy existing = state.sla().policy(put.policyId());
        if (existing != null && existing.builtIn())
        {
            return new Refused(Refusal.CONFLICT, "policy " + put.policyId()
                + " is built in and read-only; add a policy that matches those tickets instead");
        }
        // The gateway checks this first; calendars are never removed, so only a bypass reaches here.
        return state.sla().calendar(put.spec().calendar()) == null ?
            new Refused(Refusal.CONFLICT, "no calendar " + put.spec().calendar()) : null;
    }

    static Refused refusal(final LiveState state, final DeleteSlaPolicy delete)
    {
        final SlaPolicy existing = state.sla().policy(delete.policyId());
        if (existing == null)
        {
            return new Refused(Refusal.NOT_FOUND, "no SLA policy " + delete.policyId());
        }
        return existing.builtIn() ? new Refused(Refusal.CONFLICT, "policy " + delete.policyId()
            + " is built in: it is what tickets get when no other policy matches, and cannot be deleted") : null;
    }

    static Refused refusal(final LiveState state, final PutCalendar put)
    {
        final CalendarEntry existing = state.sla().calendar(put.name());
        return existing != null && existing.builtIn() ?
            new Refused(Refusal.CONFLICT, "calendar " + put.name() + " is built in and read-only") : null;
    }

    static Refused refusal(final LiveState state, final FireSla fire)
    {
        final TicketSla sla = state.sla().ticket(fire.ticketId());
        if (sla == null)
        {
            return new Refused(Refusal.NOT_FOUND, "no ticket " + fire.ticketId());
        }
        return sla.held() || !sla.accepts(fire.moment()) ?
            new Refused(Refusal.CONFLICT, "ticket " + fire.ticketId() + ": " + fire.moment() + " is not due or already fired") : null;
    }

    static Effects effects(final LiveState state, final FireSla fire)
    {
        final EscalationAction action = SlaFiring.action(state.sla().ticket(fire.ticketId()), fire);
        final Ticket ticket = state.ticket(fire.ticketId());
        if (action == EscalationAction.RAISE_PRIORITY)
        {
            final TicketPatch patch = SlaFiring.raisePatch(ticket.spec());
            return patch == null ? new Effects(ticket.id()) :
                Decider.effects(state, new UpdateTicket(fire.at(), ticket.id(), patch));
        }
        if (action == EscalationAction.FORCE_DISPATCH && ticket.status().compareTo(TicketStatus.PLANNED) <= 0)
        {
            return forceDispatch(state, ticket, fire.at());
        }
        return new Effects(ticket.id());
    }

    /**
     * The ticket becomes the nearest qualified engineer's next visit after the ones already
     * dispatched, and is dispatched itself, so the optimiser may no longer move it. Skills are
     * required, and tools carried or lent by a depot on the way, and a shift not yet over; whether the route then fits capacity, van
     * stock, windows and the shift's end is not asked: forcing is the override.
     */
    private static Effects forceDispatch(final LiveState state, final Ticket ticket, final long at)
    {
        Engineer nearest = null;
        double best = Double.MAX_VALUE;
        final Supplier<List<PickUps.DepotStock>> depots = PickUps.lazyDepots(state);
        for (final Engineer engineer : state.engineers())
        {
            final long lastReturn = engineer.spec().shift().end() + engineer.spec().shift().maxOvertimeMinutes() * 60_000L;
            if (lastReturn <= at || !Insertion.canServe(engineer, ticket.spec(), depots))
            {
                continue;
            }
            final double distance = state.travel().distance(engineer.location(), ticket.spec().location());
            if (distance < best || nearest != null && distance == best && engineer.id().compareTo(nearest.id()) < 0)
            {
                best = distance;
                nearest = engineer;
            }
        }
        if (nearest == null)
        {
            return new Effects(ticket.id());
        }
        final List<RoutePlan> routes = new ArrayList<>();
        final String current = state.plan().engineerOf(ticket.id());
        if (current != null && !current.equals(nearest.id()))
        {
            final List<String> without = new ArrayList<>(state.route(current).ticketIds());
            without.remove(ticket.id());
            routes.add(new RoutePlan(current, without));
        }
        final Route route = state.route(nearest.id());
        final List<String> order = new ArrayList<>(route.ticketIds());
        order.remove(ticket.id());
        order.add(Math.min(route.pinned(), order.size()), ticket.id());
        routes.add(new RoutePlan(nearest.id(), order));
        return new Effects(ticket.id(), routes, null);
    }

    static boolean creates(final LiveState state, final PutSlaPolicy put)
    {
        return state.sla().policy(put.policyId()) == null;
    }

    static boolean creates(final LiveState state, final PutCalendar put)
    {
        return state.sla().calendar(put.name()) == null;
    }
}
