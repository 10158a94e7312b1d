package dev.kairos.scenarios.solve;

import dev.kairos.scenarios.published.PillacDepot;
import dev.kairos.scenarios.published.PillacInstance;
import dev.kairos.scenarios.published.PillacRequest;
import dev.kairos.scenarios.published.PillacTechnician;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.planning.PlanarTravel;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.domain.EngineerRoute;
import dev.kairos.solver.planning.domain.TravelMatrix;
import dev.kairos.solver.planning.domain.Visit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Translates a Pillac instance to the live planning model and back. Places are the authors' node
 * ids (0 depot, 1..n homes, then requests), so a visit's place is its request id. One distance
 * unit takes a minute, as in {@link SolomonSolve}; skills, tools and parts keep their indices as
 * names ({@code s0}, {@code t0}, {@code p0}).
 */
final class PillacModel
{
    private static final long MINUTE = 60_000L;
    /** More of a part than any day needs: a van that called at the depot. */
    private static final int DEPOT_STOCK = 1_000_000;

    private final PillacInstance instance;
    private final TravelMatrix travel;
    private final List<Location> places = new ArrayList<>();

    PillacModel(final PillacInstance instance)
    {
        this.instance = instance;
        places.add(new Location(instance.depot().x(), instance.depot().y()));
        instance.technicians().forEach(t -> places.add(new Location(t.x(), t.y())));
        instance.requests().forEach(r -> places.add(new Location(r.x(), r.y())));
        travel = new TravelMatrix(places, new PlanarTravel(MINUTE));
    }

    /**
     * The problem with {@code restocked} technicians calling at the depot first; when
     * {@code previous} is given its routes are kept as the starting point, except those of the
     * {@code changed} technicians.
     */
    DispatchSolution build(final Set<Integer> restocked, final DispatchSolution previous, final Set<Integer> changed)
    {
        final Map<String, Visit> visits = new TreeMap<>();
        for (final PillacRequest request : instance.requests())
        {
            final Map<String, Integer> parts = new TreeMap<>();
            for (int p = 0; p < request.parts().size(); p++)
            {
                if (request.parts().get(p) > 0)
                {
                    parts.put("p" + p, request.parts().get(p));
                }
            }
            final TicketSpec spec = new TicketSpec(null, "request " + request.id(), Priority.P3, null, null,
                places.get(request.id()), request.skills().stream().map(s -> new SkillRequirement("s" + s, 1)).toList(),
                request.tools().stream().map(t -> "t" + t).toList(), new TreeMap<>(parts),
                (int)Math.round(request.service()),
                new TimeWindow(Math.round(request.ready() * MINUTE), Math.round(request.due() * MINUTE)), TicketSpec.NO_TIME);
            visits.put(Integer.toString(request.id()), new Visit(Integer.toString(request.id()), request.id(), spec, null, null));
        }
        final Map<String, List<String>> kept = new HashMap<>();
        if (previous != null)
        {
            previous.getRoutes().stream().filter(r -> !changed.contains(Integer.parseInt(r.getEngineerId())))
                .forEach(r -> kept.put(r.getEngineerId(), r.getVisits().stream().map(Visit::getTicketId).toList()));
        }
        final List<EngineerRoute> routes = new ArrayList<>();
        for (final PillacTechnician technician : instance.technicians())
        {
            final EngineerRoute route = route(technician, restocked.contains(technician.id()));
            final List<Visit> order = new ArrayList<>();
            kept.getOrDefault(route.getEngineerId(), List.of()).forEach(id -> order.add(visits.get(id)));
            route.setVisits(order);
            routes.add(route);
        }
        return new DispatchSolution(routes, new ArrayList<>(visits.values()));
    }

    private EngineerRoute route(final PillacTechnician technician, final boolean restocks)
    {
        final PillacDepot depot = instance.depot();
        final long shiftStart = Math.round(technician.shiftStart() * MINUTE);
        final long departure = restocks
            ? Math.max(shiftStart + travel.millis(technician.id(), 0), Math.round(depot.open() * MINUTE))
                + Math.round(depot.service() * MINUTE)
            : shiftStart;
        final List<String> tools = new ArrayList<>();
        final Map<String, Integer> stock = new HashMap<>();
        if (restocks)
        {
            for (int t = 0; t < instance.toolCount(); t++)
            {
                tools.add("t" + t);
            }
            for (int p = 0; p < instance.partCount(); p++)
            {
                stock.put("p" + p, DEPOT_STOCK);
            }
        }
        else
        {
            technician.tools().forEach(t -> tools.add("t" + t));
            for (int p = 0; p < technician.stock().size(); p++)
            {
                stock.put("p" + p, technician.stock().get(p));
            }
        }
        final List<Skill> skills = technician.skills().stream().map(s -> new Skill("s" + s, 1)).toList();
        return new EngineerRoute(Integer.toString(technician.id()), restocks ? 0 : technician.id(), technician.id(),
            departure, Math.round(technician.shiftEnd() * MINUTE), 0, List.of(), skills, tools, stock, -1, travel, 0);
    }

    /** Routes in the authors' numbering: home, a depot visit when restocked, requests, return home. */
    List<List<Integer>> routes(final DispatchSolution solution)
    {
        final List<List<Integer>> routes = new ArrayList<>();
        for (final EngineerRoute route : solution.getRoutes())
        {
            if (route.getVisits().isEmpty())
            {
                continue;
            }
            final int technician = Integer.parseInt(route.getEngineerId());
            final List<Integer> nodes = new ArrayList<>();
            nodes.add(technician);
            if (route.getStartPlace() == 0)
            {
                nodes.add(instance.depotVisitNode(technician));
            }
            route.getVisits().forEach(visit -> nodes.add(visit.getPlace()));
            nodes.add(instance.returnNode(technician));
            routes.add(nodes);
        }
        return routes;
    }

    /** Total Euclidean length of routes in the authors' numbering. */
    double distance(final List<List<Integer>> routes)
    {
        double total = 0;
        for (final List<Integer> route : routes)
        {
            final int technician = route.get(0);
            Location here = places.get(technician);
            for (final int node : route.subList(1, route.size()))
            {
                final Location next = node == instance.depotVisitNode(technician) ? places.get(0)
                    : node == instance.returnNode(technician) ? places.get(technician) : places.get(node);
                total += Math.hypot(here.lat() - next.lat(), here.lon() - next.lon());
                here = next;
            }
        }
        return total;
    }
}
