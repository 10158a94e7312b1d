package dev.kairos.solver.planning;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.Tools;
import dev.kairos.solver.planning.constraints.DispatchConstraints;
import dev.kairos.solver.planning.domain.DepotPlace;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.domain.EngineerRoute;
import dev.kairos.solver.planning.domain.TravelMatrix;
import dev.kairos.solver.planning.domain.Visit;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each depot's own counter time, on a plane where one unit is one minute: a pick-up's arrival adds
 * the counter time of the depot it goes through, alike in the fast path ({@link RouteTimer}) and the
 * optimiser's domain ({@code Visit.arrival}), and the depot chosen is the one adding the least time,
 * counter included, so a depot on the way with a long queue loses to a short detour with none.
 */
class DepotCounterTest
{
    private static final long T0 = 1_795_000_000_000L;
    private static final long MINUTE = 60_000L;
    private static final TravelTimes TRAVEL = new PlanarTravel(MINUTE);
    private static final Location HOME = new Location(0, 0);
    /** On the straight line home → site: the pick-up adds nothing but the counter. */
    private static final Location ON_THE_WAY = new Location(10, 0);
    /** 2.36 minutes of detour: less than 25 minutes at a counter, more than none. */
    private static final Location NEAR_THE_WAY = new Location(10, 5);
    private static final Location SITE = new Location(20, 0);

    @ParameterizedTest(name = "{0} counter minutes")
    @ValueSource(ints = {0, 10, 25})
    void shouldAddTheDepotsOwnCounterTimeToTheArrivalOnTheFastPath(final int counterMinutes)
    {
        final List<PickUps.DepotStock> depots = List.of(lender("D-way", ON_THE_WAY, counterMinutes));

        final Route route = RouteTimer.time(engineer(), List.of("T-1"), 0, id -> ticket(), T0, TRAVEL, 0, null, () -> depots);

        final Stop stop = route.stops().get(0);
        assertThat(stop.pickUp()).isEqualTo(new Stop.PickUp("D-way", Stock.empty(), Tools.of(List.of("meter"))));
        assertThat(stop.arrival()).as("20 minutes' drive through the depot, then its counter")
            .isEqualTo(T0 + 20 * MINUTE + counterMinutes * MINUTE);
        assertThat(route.travelMillis()).as("the counter is not driving").isEqualTo(40 * MINUTE);
    }

    @ParameterizedTest(name = "{0} counter minutes")
    @ValueSource(ints = {0, 10, 25})
    void shouldAddTheDepotsOwnCounterTimeToTheArrivalInTheOptimisersDomain(final int counterMinutes)
    {
        final Visit visit = solvedVisit(List.of(lender("D-way", ON_THE_WAY, counterMinutes)));

        assertThat(visit.getArrival()).isEqualTo(T0 + 20 * MINUTE + counterMinutes * MINUTE);
    }

    @Test
    void shouldChooseTheDepotAddingTheLeastTimeCounterIncluded()
    {
        final List<PickUps.DepotStock> slowCounterOnTheWay = List.of(
            lender("D-way", ON_THE_WAY, 25), lender("D-near", NEAR_THE_WAY, 0));
        final long viaNear = TRAVEL.millis(HOME, NEAR_THE_WAY) + TRAVEL.millis(NEAR_THE_WAY, SITE);

        final Route route = RouteTimer.time(engineer(), List.of("T-1"), 0, id -> ticket(), T0, TRAVEL, 0, null,
            () -> slowCounterOnTheWay);

        assertThat(route.stops().get(0).pickUp().depotId()).isEqualTo("D-near");
        assertThat(route.stops().get(0).arrival()).isEqualTo(T0 + viaNear);
        assertThat(solvedVisit(slowCounterOnTheWay).getArrival()).as("the optimiser chooses alike").isEqualTo(T0 + viaNear);
        assertThat(PickUps.best(slowCounterOnTheWay, HOME, SITE, Map.of(), List.of("meter"), TRAVEL).id()).isEqualTo("D-near");
    }

    @Test
    void shouldChooseTheDepotOnTheWayWhenEveryCounterTakesTheDefault()
    {
        final List<PickUps.DepotStock> depots = List.of(
            new PickUps.DepotStock("D-way", ON_THE_WAY, Map.of(), Set.of("meter")),
            new PickUps.DepotStock("D-near", NEAR_THE_WAY, Map.of(), Set.of("meter")));

        final Route route = RouteTimer.time(engineer(), List.of("T-1"), 0, id -> ticket(), T0, TRAVEL, 0, null, () -> depots);

        assertThat(route.stops().get(0).pickUp().depotId()).isEqualTo("D-way");
        assertThat(route.stops().get(0).arrival()).isEqualTo(T0 + 20 * MINUTE + PutDepot.DEFAULT_COUNTER_MILLIS);
    }

    /** The visit on a one-engineer solution whose shadow variables Timefold has computed. */
    private static Visit solvedVisit(final List<PickUps.DepotStock> depots)
    {
        final List<Location> places = new ArrayList<>(List.of(HOME, SITE));
        final List<DepotPlace> depotPlaces = new ArrayList<>();
        for (final PickUps.DepotStock depot : depots)
        {
            depotPlaces.add(new DepotPlace(places.size(), depot));
            places.add(depot.location());
        }
        final TravelMatrix travel = new TravelMatrix(places, TRAVEL);
        final EngineerRoute route = new EngineerRoute("E-1", 0, 0, T0, T0 + 10 * 60 * MINUTE, 0, List.of(),
            List.of(new Skill("hvac", 1)), List.of(), Map.of(), -1, travel, 0);
        route.setDepots(depotPlaces);
        final Visit visit = new Visit("T-1", 1, ticket(), null, null);
        route.setVisits(new ArrayList<>(List.of(visit)));
        final SolverConfig config = new SolverConfig()
            .withSolutionClass(DispatchSolution.class)
            .withEntityClasses(EngineerRoute.class, Visit.class)
            .withConstraintProviderClass(DispatchConstraints.class);
        SolutionManager.create(SolverFactory.<DispatchSolution>create(config))
            .update(new DispatchSolution(new ArrayList<>(List.of(route)), new ArrayList<>(List.of(visit))));
        return visit;
    }

    private static PickUps.DepotStock lender(final String id, final Location where, final int counterMinutes)
    {
        return new PickUps.DepotStock(id, where, Map.of(), Set.of("meter"), counterMinutes * MINUTE);
    }

    private static Engineer engineer()
    {
        final EngineerSpec spec = new EngineerSpec("Technician", HOME, List.of(new Skill("hvac", 1)), List.of(),
            new Shift(T0, T0 + 10 * 60 * MINUTE, List.of(), 0), Stock.empty(), EngineerSpec.NO_CAPACITY);
        return new Engineer("E-1", spec, HOME, T0, EngineerStatus.AVAILABLE, T0, 1, Tools.empty());
    }

    private static TicketSpec ticket()
    {
        return new TicketSpec(null, "Meter check", Priority.P3, null, null, SITE, List.of(new SkillRequirement("hvac", 1)),
            List.of("meter"), Stock.empty(), 30, null, TicketSpec.NO_TIME);
    }
}
