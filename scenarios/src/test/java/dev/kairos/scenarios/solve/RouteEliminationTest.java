package dev.kairos.scenarios.solve;

import ai.timefold.solver.core.api.solver.SolverFactory;
import dev.kairos.scenarios.check.VrptwChecker;
import dev.kairos.scenarios.check.VrptwReport;
import dev.kairos.scenarios.published.PublishedData;
import dev.kairos.scenarios.published.SolomonInstance;
import dev.kairos.scenarios.published.SolomonReader;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.domain.EngineerRoute;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Route elimination frees vehicles that construction left in use, and what it leaves is still
 * feasible by the independent checker. Construction and elimination are deterministic (no time
 * limit decides anything), so the counts are exact.
 */
class RouteEliminationTest
{
    @Test
    void shouldFreeVehiclesNeverAddOneAndStayFeasible() throws Exception
    {
        int before = 0;
        int after = 0;
        for (final String name : List.of("R101", "RC101", "R201", "C201"))
        {
            final SolomonInstance instance = SolomonReader.read(PublishedData.fromSystemProperty().solomonFile(name));
            final VrptwReport constructed = check(instance, false);
            final VrptwReport eliminated = check(instance, true);

            assertThat(constructed.violations()).isEmpty();
            assertThat(eliminated.violations()).as("%s after elimination", name).isEmpty();
            assertThat(eliminated.vehiclesUsed()).as("%s: vehicles after construction %d", name, constructed.vehiclesUsed())
                .isLessThanOrEqualTo(constructed.vehiclesUsed());
            before += constructed.vehiclesUsed();
            after += eliminated.vehiclesUsed();
        }
        assertThat(after).as("vehicles over the four, %d after construction", before).isLessThan(before);
    }

    private static VrptwReport check(final SolomonInstance instance, final boolean eliminate)
    {
        final DispatchSolution solved = SolverFactory.<DispatchSolution>create(PublishedSolverConfig.withoutLocalSearch(eliminate))
            .buildSolver().solve(SolomonSolve.model(instance));
        final List<List<Integer>> routes = new ArrayList<>();
        for (final EngineerRoute route : solved.getRoutes())
        {
            if (!route.getVisits().isEmpty())
            {
                routes.add(route.getVisits().stream().map(visit -> Integer.parseInt(visit.getTicketId())).toList());
            }
        }
        return VrptwChecker.check(instance, routes);
    }
}
