package dev.kairos.benchmarks.report;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Solutions;
import dev.kairos.scenarios.check.VrptwChecker;
import dev.kairos.scenarios.check.VrptwReport;
import dev.kairos.scenarios.published.SolomonInstance;
import dev.kairos.scenarios.published.SolomonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * jsprit's default algorithm (ruin and recreate, one thread) on a Solomon instance, stopped by
 * time like Kairos, and judged by the same independent checker. Euclidean costs from the
 * coordinates (jsprit's crow-fly default), a fleet of the instance's size, and a fixed cost per
 * vehicle far above any distance, so it too ranks vehicles first.
 */
public final class JspritSolve
{
    /** Per vehicle used: above the distance of any Solomon instance, as Kairos's vehicle weight is. */
    static final double VEHICLE_COST = 10_000;

    private JspritSolve()
    {
    }

    public record Result(VrptwReport report, List<List<Integer>> routes, double seconds)
    {
    }

    public static Result solve(final SolomonInstance instance, final Duration budget)
    {
        final SolomonNode depot = instance.depot();
        final VehicleType type = VehicleTypeImpl.Builder.newInstance("truck")
            .addCapacityDimension(0, instance.capacity()).setFixedCost(VEHICLE_COST).build();
        final VehicleRoutingProblem.Builder builder = VehicleRoutingProblem.Builder.newInstance()
            .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE);
        for (int v = 1; v <= instance.vehicles(); v++)
        {
            builder.addVehicle(VehicleImpl.Builder.newInstance("v" + v).setType(type)
                .setStartLocation(Location.newInstance(depot.x(), depot.y()))
                .setEarliestStart(depot.ready()).setLatestArrival(depot.due()).setReturnToDepot(true).build());
        }
        for (final SolomonNode node : instance.nodes().subList(1, instance.nodes().size()))
        {
            builder.addJob(Service.Builder.newInstance(Integer.toString(node.id()))
                .setLocation(Location.newInstance(node.x(), node.y())).addSizeDimension(0, node.demand())
                .setServiceTime(node.service()).setTimeWindow(TimeWindow.newInstance(node.ready(), node.due())).build());
        }
        final VehicleRoutingProblem problem = builder.build();
        final VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(problem)
            .setProperty(Jsprit.Parameter.THREADS, "1").setRandom(new java.util.Random(0L)).buildAlgorithm();
        algorithm.setMaxIterations(Integer.MAX_VALUE);
        final TimeTermination termination = new TimeTermination(budget.toMillis());
        algorithm.setPrematureAlgorithmTermination(termination);
        algorithm.addListener(termination);
        final long started = System.nanoTime();
        final VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
        final double seconds = (System.nanoTime() - started) / 1e9;
        final List<List<Integer>> routes = new ArrayList<>();
        for (final VehicleRoute route : best.getRoutes())
        {
            final List<Integer> customers = new ArrayList<>();
            for (final TourActivity activity : route.getActivities())
            {
                customers.add(Integer.parseInt(((TourActivity.JobActivity)activity).getJob().getId()));
            }
            if (!customers.isEmpty())
            {
                routes.add(customers);
            }
        }
        return new Result(VrptwChecker.check(instance, routes), routes, seconds);
    }
}
