package dev.kairos.solver.engine;

import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.ChangeEngineerStatus;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.DispatchVisit;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.PlanUpdate;
import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.command.DeleteSlaPolicy;
import dev.kairos.solver.command.FireSla;
import dev.kairos.solver.command.PutCalendar;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.engine.Outcome.Refusal;
import dev.kairos.solver.engine.Outcome.Refused;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.planning.Insertion;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;
import dev.kairos.solver.state.NewEntities;
import dev.kairos.solver.state.Ticket;
import dev.kairos.solver.state.TicketUpdates;

import java.util.ArrayList;
import java.util.List;

/**
 * Step one of the engine: what a valid command decides given live state, before anything is
 * journaled. Refusals leave no trace; effects are journaled with the command.
 */
final class Decider
{
    private Decider()
    {
    }

    private static Refused duplicateRefusal(final LiveState state, final dev.kairos.solver.command.TicketSpec spec)
    {
        final Ticket existing = spec.externalId() == null ? null : state.ticket(spec.source(), spec.externalId());
        return existing == null ? null : new Refused(Refusal.CONFLICT, "externalId '" + spec.externalId() + "'"
            + (spec.source() == null ? "" : " from source '" + spec.source() + "'") + " is already ticket " + existing.id());
    }

    /** Null when the command may proceed. */
    static Refused refusal(final LiveState state, final Command command)
    {
        return switch (command)
        {
            case CreateTicket c -> c.engineerId() != null && state.engineer(c.engineerId()) == null
                ? new Refused(Refusal.INVALID, "engineerId: no engineer " + c.engineerId(), "engineerId", c.engineerId())
                : duplicateRefusal(state, c.spec());
            case UpdateTicket c -> openTicketRefusal(state, c.ticketId(), "updated");
            case CancelTicket c -> openTicketRefusal(state, c.ticketId(), "cancelled");
            case PutEngineer c -> state.engineer(c.engineerId()) == null ? null : PartsDecisions.coversReserved(
                state.stock().reserved(dev.kairos.solver.state.StockLedger.van(c.engineerId())), c.spec().stock(), "stock");
            case PutDepot c -> PartsDecisions.coversReserved(
                state.stock().reserved(dev.kairos.solver.state.StockLedger.depot(c.depotId())), c.stock(), "stock");
            case EngineerLocation c -> engineerRefusal(state, c.engineerId());
            case ChangeEngineerStatus c -> engineerRefusal(state, c.engineerId());
            case PutApiKey c -> null;
            case dev.kairos.solver.command.RevokeApiKey c -> KeyDecisions.refusal(state, c);
            case dev.kairos.solver.command.SetKeyLimits c -> KeyDecisions.refusal(state, c);
            case PlanUpdate c -> PlanUpdates.refusal(state, c);
            case TicketProgress c -> Progress.refusal(state, c) != null ? Progress.refusal(state, c) : PartsDecisions.completion(state, c);
            case PinTicket c -> Pins.refusal(state, c);
            case dev.kairos.solver.command.PutWebhook c -> null;
            case dev.kairos.solver.command.WebhookDelivered c -> null;
            case dev.kairos.solver.command.WebhookFailed c -> null;
            case dev.kairos.solver.command.SetArea c -> areaRefusal(state, c);
            case DispatchVisit c ->
            {
                final Route route = state.route(c.engineerId());
                yield route.pinned() < route.stops().size() && route.stops().get(route.pinned()).ticketId().equals(c.ticketId())
                    ? null : new Refused(Refusal.CONFLICT, "ticket " + c.ticketId() + " is not " + c.engineerId() + "'s next visit");
            }
            case PutSlaPolicy c -> SlaDecisions.refusal(state, c);
            case DeleteSlaPolicy c -> SlaDecisions.refusal(state, c);
            case PutCalendar c -> SlaDecisions.refusal(state, c);
            case FireSla c -> SlaDecisions.refusal(state, c);
            case dev.kairos.solver.command.SetVanStock c -> PartsDecisions.refusal(state, c);
            case dev.kairos.solver.command.TransferStock c -> PartsDecisions.refusal(state, c);
            case dev.kairos.solver.command.RestockDepot c -> PartsDecisions.refusal(state, c);
            case dev.kairos.solver.command.ReserveParts c -> PartsDecisions.refusal(state, c);
        };
    }

    /**
     * The command as it is journaled: itself, or completed with a decision the engine makes now so
     * that replay need not (a patch of a dispatched visit's parts carries its new reservation).
     */
    static Command decided(final LiveState state, final Command command)
    {
        return command instanceof UpdateTicket c ?
            new UpdateTicket(c.at(), c.ticketId(), c.patch(), PartsDecisions.rereservation(state, c)) : command;
    }

    static Effects effects(final LiveState state, final Command command)
    {
        return switch (command)
        {
            case CreateTicket c -> c.engineerId() == null
                ? placed(state.nextTicketId(), Insertion.place(state, state.nextTicketId(), c.spec(), c.at()))
                : new Effects(state.nextTicketId(), List.of(
                    Insertion.placeOn(state, state.nextTicketId(), c.spec(), c.at(), state.engineer(c.engineerId()), state::route)), null);
            case UpdateTicket c -> replaced(state, c);
            case CancelTicket c -> removed(state, c.ticketId());
            case PlanUpdate c -> new Effects(null, c.routes(), null);
            case TicketProgress c -> Progress.effects(state, c);
            case PinTicket c -> Pins.effects(state, c);
            case FireSla c -> SlaDecisions.effects(state, c);
            default -> Effects.NONE;
        };
    }

    static Effects placed(final String ticketId, final Insertion.Placement placement)
    {
        return new Effects(ticketId, placement.routes(), placement.unassignedReason());
    }

    /** A changed ticket that is not yet dispatched goes through the fast path again. */
    private static Effects replaced(final LiveState state, final UpdateTicket update)
    {
        final Ticket ticket = state.ticket(update.ticketId());
        if (ticket.status().compareTo(TicketStatus.PLANNED) > 0)
        {
            return Effects.NONE;
        }
        final TicketSpec spec = TicketUpdates.merge(ticket.spec(), update.patch());
        final String engineerId = state.plan().engineerOf(ticket.id());
        final String pinnedTo = state.plan().pinnedTo(ticket.id());
        final Route without = engineerId == null ? null : without(state.route(engineerId), ticket.id());
        final java.util.function.Function<String, Route> seen = id -> id.equals(engineerId) ? without : state.route(id);
        final Insertion.Placement placement = pinnedTo != null ?
            new Insertion.Placement(Insertion.placeOn(state, ticket.id(), spec, update.at(), state.engineer(pinnedTo), seen), null) :
            Insertion.place(state, ticket.id(), spec, update.at(), seen);
        if (engineerId == null)
        {
            return placed(ticket.id(), placement);
        }
        final List<RoutePlan> routes = new ArrayList<>();
        // The route it left, unless the placement rewrites it anyway (from the view without the ticket).
        if (placement.routes().stream().noneMatch(plan -> plan.engineerId().equals(engineerId)))
        {
            routes.add(new RoutePlan(engineerId, without.ticketIds()));
        }
        routes.addAll(placement.routes());
        return new Effects(ticket.id(), routes, placement.unassignedReason());
    }

    private static Effects removed(final LiveState state, final String ticketId)
    {
        final String engineerId = state.plan().engineerOf(ticketId);
        return engineerId == null ? new Effects(ticketId) :
            new Effects(ticketId, List.of(new RoutePlan(engineerId, without(state.route(engineerId), ticketId).ticketIds())), null);
    }

    static Route without(final Route route, final String ticketId)
    {
        final List<Stop> stops = new ArrayList<>(route.stops());
        stops.remove(route.indexOf(ticketId));
        return new Route(route.engineerId(), stops, Math.min(route.pinned(), stops.size()), route.departure(),
            route.returnAt(), route.travelMillis(), route.version());
    }

    /** Whether the command brings a new entity into being (HTTP 201 rather than 200). */
    static boolean creates(final LiveState state, final Command command)
    {
        return NewEntities.creates(state, command);
    }

    private static Refused openTicketRefusal(final LiveState state, final String ticketId, final String verb)
    {
        final Ticket ticket = state.ticket(ticketId);
        if (ticket == null)
        {
            return new Refused(Refusal.NOT_FOUND, "no ticket " + ticketId);
        }
        if (ticket.status().isClosed())
        {
            return new Refused(Refusal.CONFLICT, "ticket " + ticketId + " is " + ticket.status() + " and cannot be " + verb);
        }
        return null;
    }

    /** Every location already held was read in the current area: it can change only while there are none. */
    private static Refused areaRefusal(final LiveState state, final dev.kairos.solver.command.SetArea set)
    {
        final boolean located = !state.engineers().isEmpty() || !state.depots().isEmpty() || !state.tickets().isEmpty();
        return !located || set.area().equals(state.area()) ? null : new Refused(Refusal.CONFLICT, "the area is "
            + state.area().coordinates().name().toLowerCase(java.util.Locale.ROOT)
            + " and engineers, depots or tickets are already located in it; it can change only before the first of them");
    }

    private static Refused engineerRefusal(final LiveState state, final String engineerId)
    {
        return state.engineer(engineerId) == null ? new Refused(Refusal.NOT_FOUND, "no engineer " + engineerId) : null;
    }
}
