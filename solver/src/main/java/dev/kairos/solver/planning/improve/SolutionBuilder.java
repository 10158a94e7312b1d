package dev.kairos.solver.planning.improve;

import dev.kairos.solver.command.PlanUpdate;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.planning.PickUps;
import dev.kairos.solver.planning.Reach;
import dev.kairos.solver.planning.domain.DepotPlace;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.domain.EngineerRoute;
import dev.kairos.solver.planning.domain.TravelMatrix;
import dev.kairos.solver.planning.domain.Visit;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.Route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link SubProblem} into Timefold's model, and a solved model back into a {@link PlanUpdate}. */
public final class SolutionBuilder
{
    private SolutionBuilder()
    {
    }

    public static DispatchSolution build(final SubProblem problem)
    {
        final List<Location> places = new ArrayList<>();
        final Map<String, Integer> placeOf = new HashMap<>();
        final List<String> ticketIds = new ArrayList<>();
        for (final Engineer engineer : problem.engineers())
        {
            ticketIds.addAll(problem.routes().get(engineer.id()).ticketIds());
        }
        ticketIds.addAll(problem.unassigned());
        for (final String id : ticketIds)
        {
            placeOf.put(id, places.size());
            places.add(problem.tickets().get(id).location());
        }
        final int engineersStart = places.size();
        for (final Engineer engineer : problem.engineers())
        {
            places.add(engineer.location());
            places.add(engineer.spec().home());
        }
        final List<DepotPlace> depots = new ArrayList<>();
        for (final PickUps.DepotStock depot : problem.depots())
        {
            depots.add(new DepotPlace(places.size(), depot));
            places.add(depot.location());
        }
        final TravelMatrix travel = new TravelMatrix(places, problem.travel());

        final Map<String, Visit> visits = new HashMap<>();
        final Map<String, String> plannedOn = new HashMap<>();
        for (final Route route : problem.routes().values())
        {
            for (final String id : route.ticketIds())
            {
                plannedOn.put(id, route.engineerId());
            }
        }
        final List<Visit> allVisits = new ArrayList<>();
        for (final String id : ticketIds)
        {
            final Visit visit = new Visit(id, placeOf.get(id), problem.tickets().get(id), plannedOn.get(id), problem.pins().get(id));
            visits.put(id, visit);
            allVisits.add(visit);
        }
        final long horizon = Reach.horizon(problem.engineers());
        for (final Visit visit : allVisits)
        {
            visit.setHorizon(horizon);
            if (visit.isRoutine())
            {
                // The fast path's figure for the same ticket, so a round does not undo what it placed.
                visit.setRoutineDriveLimit(Reach.routineLimitMillis(problem.engineers(), problem.fleet(),
                    problem.tickets().get(visit.getTicketId()), problem.now(), problem.travel(), problem::depots));
            }
        }
        final List<EngineerRoute> routes = new ArrayList<>();
        for (int i = 0; i < problem.engineers().size(); i++)
        {
            final Engineer engineer = problem.engineers().get(i);
            final Route live = problem.routes().get(engineer.id());
            final var shift = engineer.spec().shift();
            final EngineerRoute route = new EngineerRoute(engineer.id(), engineersStart + 2 * i, engineersStart + 2 * i + 1,
                Math.max(problem.now(), shift.start()), shift.end(), shift.maxOvertimeMinutes() * 60_000L, shift.breaks(),
                engineer.spec().skills(), List.copyOf(engineer.toolsOnBoard()), engineer.spec().stock(), engineer.spec().capacity(),
                travel, live.pinned());
            final List<Visit> order = new ArrayList<>();
            for (final String id : live.ticketIds())
            {
                order.add(visits.get(id));
            }
            for (int p = 0; p < live.pinned(); p++)
            {
                final var stop = live.stops().get(p);
                order.get(p).commit(stop.arrival(), stop.start(), Math.max(stop.end(), problem.now()));
            }
            route.setDepots(depots);
            route.setVisits(order);
            routes.add(route);
        }
        return new DispatchSolution(routes, allVisits);
    }

    /** The routes whose order changed, as a command; null when nothing changed. */
    static PlanUpdate proposal(final SubProblem problem, final DispatchSolution solved, final long at)
    {
        final List<RoutePlan> changed = new ArrayList<>();
        final Map<String, Long> basedOn = new HashMap<>();
        for (final EngineerRoute route : solved.getRoutes())
        {
            final List<String> ids = route.getVisits().stream().map(Visit::getTicketId).toList();
            final Route live = problem.routes().get(route.getEngineerId());
            if (!ids.equals(live.ticketIds()))
            {
                changed.add(new RoutePlan(route.getEngineerId(), ids));
                basedOn.put(route.getEngineerId(), live.version());
            }
        }
        return changed.isEmpty() ? null : new PlanUpdate(at, changed, basedOn);
    }
}
