package dev.kairos.solver.planning.constraints;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.planning.PickUps;
import dev.kairos.solver.planning.PlanarTravel;
import dev.kairos.solver.planning.domain.DepotPlace;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.domain.EngineerRoute;
import dev.kairos.solver.planning.domain.TravelMatrix;
import dev.kairos.solver.planning.domain.Visit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optimiser on routes whose technicians lack tools that a depot lends: Timefold's full assert
 * recomputes the score from scratch after every move, so a shadow variable that misses a change
 * (a tool borrowed earlier on the route, a pick-up that moved) fails here as score corruption. It
 * must also end with every visit served and no hard rule broken, which needs the depot.
 */
class ToolPickUpSolveTest
{
    private static final long T0 = 1_795_424_400_000L;
    private static final long MINUTE = 60_000L;
    private static final long SEED = 7L;

    @Test
    void shouldServeEveryVisitThroughTheLendingDepotWithAConsistentScore()
    {
        final Random random = new Random(SEED);
        final List<Location> places = new ArrayList<>();
        final List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < 12; i++)
        {
            places.add(new Location(random.nextInt(40), random.nextInt(40)));
            final List<String> tools = i % 3 == 0 ? List.of("meter") : i % 3 == 1 ? List.of("drill") : List.of();
            final Map<String, Integer> parts = i % 4 == 0 ? Map.of("fuse", 1) : Map.of();
            visits.add(new Visit("T-" + i, i, new TicketSpec(null, "job", Priority.P3, null, null, places.get(i),
                List.of(new SkillRequirement("hvac", 1)), tools, Stock.of(parts), 20, null, TicketSpec.NO_TIME), null, null));
        }
        final int depotPlace = places.size();
        places.add(new Location(20, 20));
        final int home = places.size();
        places.add(new Location(0, 0));
        final TravelMatrix travel = new TravelMatrix(places, new PlanarTravel(MINUTE));
        final List<DepotPlace> depots = List.of(new DepotPlace(depotPlace,
            new PickUps.DepotStock("D-1", places.get(depotPlace), Map.of("fuse", 99), Set.of("meter", "drill"))));
        final List<EngineerRoute> routes = new ArrayList<>();
        for (int e = 0; e < 3; e++)
        {
            // Technician 0 carries a meter; none carries a drill or fuses.
            final EngineerRoute route = new EngineerRoute("E-" + e, home, home, T0, T0 + 10 * 60 * MINUTE, 0, List.of(),
                List.of(new Skill("hvac", 1)), e == 0 ? List.of("meter") : List.of(), Map.of(), -1, travel, 0);
            route.setDepots(depots);
            routes.add(route);
        }

        final SolverConfig config = new SolverConfig()
            .withSolutionClass(DispatchSolution.class)
            .withEntityClasses(EngineerRoute.class, Visit.class)
            .withConstraintProviderClass(DispatchConstraints.class)
            .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
            .withRandomSeed(SEED)
            .withTerminationConfig(new TerminationConfig().withMoveCountLimit(1_000L));
        final DispatchSolution solved = SolverFactory.<DispatchSolution>create(config).buildSolver()
            .solve(new DispatchSolution(routes, visits));

        final HardMediumSoftScore score = solved.getScore();
        assertThat(score.hardScore()).as("seed %d: no tool or part lacking, no other hard rule", SEED).isZero();
        assertThat(score.mediumScore()).as("seed %d: every visit placed", SEED).isZero();
    }
}
