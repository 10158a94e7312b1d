package dev.kairos.scenarios.solve;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import dev.kairos.scenarios.check.TrspChecker;
import dev.kairos.scenarios.check.TrspReport;
import dev.kairos.scenarios.published.PillacInstance;
import dev.kairos.scenarios.published.PillacRequest;
import dev.kairos.scenarios.published.PillacTechnician;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.domain.EngineerRoute;
import dev.kairos.solver.planning.domain.Visit;
import dev.kairos.solver.planning.improve.Improver;
import dev.kairos.solver.planning.improve.ImproverContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Pillac TRSP instance on the live dispatch model: skills, tools and van stock hard, windows and
 * shifts hard, then travel and waiting, which with the fixed service times is the published
 * objective, total working time. The live model has no mid-route depot stop, so restocking is
 * modelled as a technician who calls at the depot first (then carries every tool and enough of
 * every part): a special case of the authors' model, so whatever it finds is feasible there too.
 * Which technicians restock is chosen before solving: for each request that few technicians can
 * serve from their own vans, the skilled technician with the shortest detour to the depot (unless one
 * already restocks); after most of the budget, one more for each request still unplaced, and the
 * solve goes on from the plan it had. The independent
 * {@link TrspChecker} judges the result.
 */
public final class PillacSolve
{
    /**
     * A request fewer technicians than this can serve from their own vans gets a restocked one
     * from the start: those few are rarely free at its window, and finding out costs a solve.
     */
    static final int SCARCE = 3;

    private PillacSolve()
    {
    }

    /**
     * What a solve found, as the checker sees it; {@code distance} is the routes' total Euclidean
     * length, computed here from the coordinates, and {@code restocked} the technicians sent to the depot.
     */
    public record Result(String instance, TrspReport report, List<List<Integer>> routes, double distance,
        int restocked, double seconds)
    {
    }

    public static Result solve(final PillacInstance instance, final Duration budget)
    {
        final long started = System.nanoTime();
        final PillacModel model = new PillacModel(instance);
        final Set<Integer> restocked = new HashSet<>();
        for (final PillacRequest request : instance.requests())
        {
            if (unstockedServers(instance, request) < SCARCE && restocked.stream()
                .noneMatch(id -> instance.technician(id).skills().containsAll(request.skills())))
            {
                final int chosen = cheapestRestock(instance, request, restocked);
                if (chosen > 0)
                {
                    restocked.add(chosen);
                }
            }
        }
        DispatchSolution solved = solve(model.build(restocked, null, Set.of()), Duration.ofMillis(budget.toMillis() * 3 / 5));
        // Parts run out along a route and windows crowd: whatever is still unplaced gets one more restocked technician.
        final Set<Integer> before = Set.copyOf(restocked);
        for (final Visit visit : unassigned(solved))
        {
            final int chosen = cheapestRestock(instance, instance.request(Integer.parseInt(visit.getTicketId())), restocked);
            if (chosen > 0)
            {
                restocked.add(chosen);
            }
        }
        final long rest = budget.toMillis() - (System.nanoTime() - started) / 1_000_000;
        if (rest > 0)
        {
            // A technician who now calls at the depot first starts later: their old route would break windows, so it starts empty.
            final Set<Integer> changed = new HashSet<>(restocked);
            changed.removeAll(before);
            solved = solve(model.build(restocked, solved, changed), Duration.ofMillis(rest));
        }
        final List<List<Integer>> routes = model.routes(solved);
        final TrspReport report = TrspChecker.check(instance, routes);
        return new Result(instance.name(), report, routes, model.distance(routes), restocked.size(),
            (System.nanoTime() - started) / 1e9);
    }

    /** Technicians with the skills and tools, carrying the parts, to serve the request alone without the depot. */
    static int unstockedServers(final PillacInstance instance, final PillacRequest request)
    {
        int count = 0;
        for (final PillacTechnician technician : instance.technicians())
        {
            boolean parts = true;
            for (int p = 0; p < request.parts().size(); p++)
            {
                parts &= request.parts().get(p) <= (p < technician.stock().size() ? technician.stock().get(p) : 0);
            }
            if (parts && technician.skills().containsAll(request.skills()) && technician.tools().containsAll(request.tools()))
            {
                count++;
            }
        }
        return count;
    }

    private static DispatchSolution solve(final DispatchSolution problem, final Duration budget)
    {
        problem.setConstraintWeightOverrides(ConstraintWeightOverrides.of(Map.of(
            // The published objective knows no response times: only travel and waiting count.
            "ticket served late in the day", HardMediumSoftScore.ZERO,
            "workload balance", HardMediumSoftScore.ZERO)));
        return SolverFactory.<DispatchSolution>create(PublishedSolverConfig.of(budget)).buildSolver().solve(problem);
    }

    private static List<Visit> unassigned(final DispatchSolution solution)
    {
        final List<Visit> left = new ArrayList<>();
        for (final Visit visit : solution.getVisits())
        {
            if (visit.getRoute() == null)
            {
                left.add(visit);
            }
        }
        return left;
    }

    /**
     * The technician with every skill the request needs whose trip home → depot → request is
     * shortest, among those not restocking yet; 0 when there is none.
     */
    static int cheapestRestock(final PillacInstance instance, final PillacRequest request, final Set<Integer> restocked)
    {
        int best = 0;
        double bestDetour = Double.MAX_VALUE;
        for (final PillacTechnician technician : instance.technicians())
        {
            if (restocked.contains(technician.id()) || !technician.skills().containsAll(request.skills()))
            {
                continue;
            }
            final double detour = Math.hypot(technician.x() - instance.depot().x(), technician.y() - instance.depot().y())
                + Math.hypot(instance.depot().x() - request.x(), instance.depot().y() - request.y());
            if (detour < bestDetour)
            {
                bestDetour = detour;
                best = technician.id();
            }
        }
        return best;
    }
}
