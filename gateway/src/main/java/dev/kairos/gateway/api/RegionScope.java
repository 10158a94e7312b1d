package dev.kairos.gateway.api;

import dev.kairos.gateway.auth.Scope;
import dev.kairos.solver.state.ApiKey;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Ticket;

import java.util.function.Predicate;

/**
 * Which tickets a summary (the plan, the KPIs, the at-risk list, a route's stops) may include for a
 * key: every one for an unscoped key, else those {@link Scope#sees} lets it see, so a region-scoped
 * dispatcher gets its regions' share of the answer instead of a 403. Engine thread (it reads state).
 */
final class RegionScope
{
    /** Every ticket: the same object each time, so a caller can skip work it only does for a share. */
    static final Predicate<String> ALL = ticketId -> true;

    private RegionScope()
    {
    }

    static Predicate<String> shown(final ApiKey key, final LiveState state)
    {
        if (!Scope.limited(key))
        {
            return ALL;
        }
        return ticketId ->
        {
            final Ticket ticket = state.ticket(ticketId);
            return ticket != null && Scope.sees(key, state, ticket);
        };
    }
}
