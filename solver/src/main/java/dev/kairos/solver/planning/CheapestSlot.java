package dev.kairos.solver.planning;

import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** The fast path's search over a set of candidate engineers ({@link Insertion#choose}). Engine thread. */
final class CheapestSlot
{
    private CheapestSlot()
    {
    }

    /** The cheapest feasible slot among {@code candidates}, when it finishes the ticket, and why there is none when none is. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    static Insertion.Choice among(final List<Engineer> candidates, final LiveState state, final String ticketId,
        final long now, final Function<String, Route> routes, final Function<String, TicketSpec> specs,
        final Supplier<List<PickUps.DepotStock>> depots, final long driveLimit)
    {
        RoutePlan best = null;
        long bestDelta = Long.MAX_VALUE;
        String nearestProblem = null;
        long bestEnd = Long.MAX_VALUE;
        final TravelTimes travel = state.travel();
        for (final Engineer engineer : candidates)
        {
            final Route current = routes.apply(engineer.id());
            final long before = RouteCost.cost(engineer,
                RouteTimer.time(engineer, current.ticketIds(), current.pinned(), specs, now, travel, 0, current, depots), specs);
            final Insertion.Position position = Insertion.cheapest(engineer, current, ticketId, specs, now, travel, depots, true, driveLimit);
            if (position.violation() != null && nearestProblem == null)
            {
                nearestProblem = engineer.id() + ": " + position.violation();
            }
            if (position.order() != null && position.cost() - before < bestDelta)
            {
                bestDelta = position.cost() - before;
                best = new RoutePlan(engineer.id(), position.order());
                bestEnd = position.end();
            }
        }
        return best != null ? new Insertion.Choice(best, bestDelta, null, candidates, driveLimit, bestEnd) :
            new Insertion.Choice(null, 0, "no qualified engineer can fit it (nearest: " + nearestProblem + ")", candidates, driveLimit,
                Long.MAX_VALUE);
    }
}
