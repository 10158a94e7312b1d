package dev.kairos.solver.state;

import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies a field-flow step: the ticket's status, and what it means for the engineer doing it
 * (status, check-in location, tools borrowed on the way at check-in, van stock used on completion). The route changes come with the
 * step's effects. Engine thread only.
 */
final class TicketFlow
{
    private TicketFlow()
    {
    }

    static Ticket apply(final LiveState state, final TicketProgress step, final long at, final long position)
    {
        final Ticket ticket = state.ticket(step.ticketId());
        final String engineerId = state.plan().engineerOf(ticket.id());
        final Engineer engineer = engineerId == null ? null : state.engineer(engineerId);
        Closure closure = ticket.closure();
        if (step.to() == TicketStatus.COMPLETED)
        {
            closure = new Closure(engineerId, step.report(), step.partsUsed() == null ? Stock.empty() : step.partsUsed());
            if (engineer != null)
            {
                useParts(state, engineer, closure.partsUsed(), at, position);
            }
        }
        else if (step.to() == TicketStatus.NEW)
        {
            closure = null;
        }
        if (engineer != null)
        {
            final EngineerStatus status = switch (step.to())
            {
                case EN_ROUTE -> EngineerStatus.EN_ROUTE;
                case ON_SITE -> EngineerStatus.ON_SITE;
                case WAITING_CUSTOMER, WAITING_PARTS, COMPLETED -> EngineerStatus.AVAILABLE;
                default -> null;
            };
            final Engineer current = state.engineer(engineer.id());
            final boolean moves = step.location() != null;
            if (status != null || moves)
            {
                state.put(new Engineer(current.id(), current.spec(), moves ? step.location() : current.location(),
                    moves ? at : current.locationAt(), status != null ? status : current.status(), at, position,
                    step.to() == TicketStatus.ON_SITE ? withBorrowed(state, current, ticket.id()) : current.borrowedTools()));
            }
        }
        return state.put(new Ticket(ticket.id(), ticket.spec(), step.to(), step.to() == TicketStatus.NEW ? null : ticket.cancelReason(),
            closure, ticket.createdAt(), at, position));
    }

    /** Van stock goes down by what the engineer reports using, never below zero. */
    private static void useParts(
        final LiveState state, final Engineer engineer, final Map<String, Integer> used, final long at, final long position)
    {
        if (used.isEmpty())
        {
            return;
        }
        final TreeMap<String, Integer> stock = new TreeMap<>(engineer.spec().stock());
        used.forEach((sku, quantity) -> stock.computeIfPresent(sku, (key, have) -> Math.max(0, have - quantity)));
        final EngineerSpec spec = engineer.spec();
        state.put(new Engineer(engineer.id(), new EngineerSpec(spec.name(), spec.home(), spec.skills(), spec.tools(),
            spec.shift(), stock, spec.capacity()), engineer.location(), engineer.locationAt(), engineer.status(), at, position,
            engineer.borrowedTools()));
    }

    /**
     * Checked in: the tools the planned stop collected at a depot on the way are in the van now, and
     * stay for the rest of the shift (the route read before this step's effects, with the stop on it).
     */
    private static SortedSet<String> withBorrowed(final LiveState state, final Engineer engineer, final String ticketId)
    {
        final Route route = state.plan().route(engineer.id());
        final int index = route.indexOf(ticketId);
        final Stop.PickUp pickUp = index < 0 ? null : route.stops().get(index).pickUp();
        if (pickUp == null || pickUp.tools().isEmpty() || engineer.borrowedTools().containsAll(pickUp.tools()))
        {
            return engineer.borrowedTools();
        }
        final SortedSet<String> borrowed = new TreeSet<>(engineer.borrowedTools());
        borrowed.addAll(pickUp.tools());
        return borrowed;
    }
}
