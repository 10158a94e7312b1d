package dev.kairos.scenarios.solve;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import dev.kairos.scenarios.check.VrptwChecker;
import dev.kairos.scenarios.check.VrptwReport;
import dev.kairos.scenarios.published.SolomonInstance;
import dev.kairos.scenarios.published.SolomonNode;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.planning.PlanarTravel;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.domain.EngineerRoute;
import dev.kairos.solver.planning.domain.TravelMatrix;
import dev.kairos.solver.planning.domain.Visit;
import dev.kairos.solver.planning.improve.Improver;
import dev.kairos.solver.planning.improve.ImproverContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Solomon VRPTW instance on the same model and constraints as live dispatch, with the
 * instance's own objective: load capacity and windows hard, then vehicles used, then distance.
 * One distance unit takes a minute, so service times stay whole minutes. The result is judged by
 * the independent {@link VrptwChecker}, never by the solver's own score.
 */
public final class SolomonSolve
{
    private static final long MINUTE = 60_000L;
    /** Soft units are seconds of travel (one distance unit = 60); a vehicle must outweigh any distance saving. */
    static final long VEHICLE_WEIGHT = 10_000_000L;
    /** The route minimiser's seed: fixed, so a budget that lets it finish gives the same routes every run. */
    static final long SEED = 20_261_207L;

    private SolomonSolve()
    {
    }

    /** What a solve found, as the checker sees it. */
    public record Result(String instance, VrptwReport report, List<List<Integer>> routes, double seconds)
    {
    }

    public static Result solve(final SolomonInstance instance, final Duration budget)
    {
        final DispatchSolution problem = model(instance);
        final long started = System.nanoTime();
        // Building the factory takes seconds on a busy machine: it counts against the budget, and
        // the solver learns how long it may run only once the minimiser is done.
        final SolverFactory<DispatchSolution> polishing = SolverFactory.create(PublishedSolverConfig.localSearch(budget));
        // Vehicles rank first: a dedicated minimiser gets up to half the budget, then local search
        // shortens the routes it leaves.
        final boolean minimised = start(problem, new RouteMinimizer(instance, SEED).solve(started + budget.toNanos() / 2,
            started + budget.toNanos() * 3 / 4));
        final Duration left = Duration.ofMillis(Math.max(1, budget.toMillis() - (System.nanoTime() - started) / 1_000_000));
        final DispatchSolution solved = minimised
            ? polishing.buildSolver(new SolverConfigOverride().withTerminationSpentLimit(left)).solve(problem)
            : SolverFactory.<DispatchSolution>create(PublishedSolverConfig.of(left)).buildSolver().solve(problem);
        final double seconds = (System.nanoTime() - started) / 1e9;
        final List<List<Integer>> routes = new ArrayList<>();
        for (final EngineerRoute route : solved.getRoutes())
        {
            if (!route.getVisits().isEmpty())
            {
                routes.add(route.getVisits().stream().map(visit -> Integer.parseInt(visit.getTicketId())).toList());
            }
        }
        return new Result(instance.name(), VrptwChecker.check(instance, routes), routes, seconds);
    }

    /** Puts the routes on the model's vehicles when there are enough (true); otherwise construction starts afresh. */
    private static boolean start(final DispatchSolution problem, final List<List<Integer>> routes)
    {
        if (routes.size() > problem.getRoutes().size())
        {
            return false;
        }
        final Map<String, Visit> byId = new java.util.HashMap<>();
        problem.getVisits().forEach(visit -> byId.put(visit.getTicketId(), visit));
        for (int i = 0; i < routes.size(); i++)
        {
            problem.getRoutes().get(i).setVisits(new ArrayList<>(routes.get(i).stream().map(id -> byId.get(id.toString())).toList()));
        }
        return true;
    }

    static DispatchSolution model(final SolomonInstance instance)
    {
        final List<Location> places = new ArrayList<>();
        for (final SolomonNode node : instance.nodes())
        {
            places.add(new Location(node.x(), node.y()));
        }
        final TravelMatrix travel = new TravelMatrix(places, new PlanarTravel(MINUTE));
        final List<Visit> visits = new ArrayList<>();
        for (final SolomonNode node : instance.nodes().subList(1, instance.nodes().size()))
        {
            final TicketSpec spec = new TicketSpec(null, "customer " + node.id(), Priority.P3, null, null,
                places.get(node.id()), List.of(), List.of(), Stock.empty(), (int)Math.round(node.service()),
                new TimeWindow(Math.round(node.ready() * MINUTE), Math.round(node.due() * MINUTE)), TicketSpec.NO_TIME);
            final Visit visit = new Visit(Integer.toString(node.id()), node.id(), spec, null, null);
            visit.setDemand(node.demand());
            visits.add(visit);
        }
        final SolomonNode depot = instance.depot();
        final List<EngineerRoute> routes = new ArrayList<>();
        for (int v = 1; v <= instance.vehicles(); v++)
        {
            final EngineerRoute route = new EngineerRoute("V" + v, 0, 0, Math.round(depot.ready() * MINUTE),
                Math.round(depot.due() * MINUTE), 0, List.of(), List.of(), List.of(), Map.of(), -1, travel, 0);
            route.setLoadCapacity(instance.capacity());
            routes.add(route);
        }
        final DispatchSolution solution = new DispatchSolution(routes, visits);
        // The published objective is vehicles, then distance, and nothing else: waiting for a window
        // and finishing late in the day cost nothing there, and pricing them spreads work over more vehicles.
        solution.setConstraintWeightOverrides(ConstraintWeightOverrides.of(Map.of(
            "engineer used", HardMediumSoftScore.ofSoft(VEHICLE_WEIGHT),
            "engineer waits on site", HardMediumSoftScore.ZERO,
            "ticket served late in the day", HardMediumSoftScore.ZERO,
            "workload balance", HardMediumSoftScore.ZERO)));
        return solution;
    }
}
