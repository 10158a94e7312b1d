package dev.kairos.solver.planning;

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
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tools along a route, on a plane where one unit is one minute: a technician lacking a visit's
 * tool is routed through a depot that lends it, pays the detour and the counter, and keeps the tool
 * for later visits; one stop gives both tools and parts; without a lending depot the route breaks
 * a hard rule and the fast path does not qualify the technician.
 */
class ToolPickUpTest
{
    private static final long T0 = 1_795_000_000_000L;
    private static final long MINUTE = 60_000L;
    private static final TravelTimes TRAVEL = new PlanarTravel(MINUTE);
    private static final Location HOME = new Location(0, 0);
    /** On the straight line home → site: a detour of nothing but the counter. */
    private static final Location LENDER_ON_THE_WAY = new Location(10, 0);
    private static final Location LENDER_OFF_THE_WAY = new Location(10, 30);
    private static final Location SITE = new Location(20, 0);
    private static final Location SECOND_SITE = new Location(20, 10);

    private final Engineer toolless = engineer(List.of());

    @Test
    void shouldRouteATechnicianLackingTheToolThroughTheNearestLendingDepotAndTimeTheDetour()
    {
        final Map<String, TicketSpec> tickets = Map.of("T-1", ticket(SITE, List.of("meter"), Map.of()));
        final List<PickUps.DepotStock> depots = List.of(
            new PickUps.DepotStock("D-off", LENDER_OFF_THE_WAY, Map.of(), Set.of("meter")),
            new PickUps.DepotStock("D-way", LENDER_ON_THE_WAY, Map.of(), Set.of("meter")));

        final Route route = time(toolless, List.of("T-1"), tickets, depots);

        final Stop stop = route.stops().get(0);
        assertThat(stop.pickUp()).isEqualTo(new Stop.PickUp("D-way", Stock.empty(), Tools.of(List.of("meter"))));
        assertThat(stop.arrival()).as("20 minutes' drive through the depot plus the counter")
            .isEqualTo(T0 + 20 * MINUTE + PutDepot.DEFAULT_COUNTER_MILLIS);
        assertThat(route.travelMillis()).as("there and home").isEqualTo(40 * MINUTE);
        assertThat(RouteCost.violation(toolless, route, tickets::get)).isNull();
    }

    @Test
    void shouldKeepABorrowedToolForLaterVisits()
    {
        final Map<String, TicketSpec> tickets = Map.of(
            "T-1", ticket(SITE, List.of("meter"), Map.of()), "T-2", ticket(SECOND_SITE, List.of("meter"), Map.of()));
        final List<PickUps.DepotStock> depots = List.of(new PickUps.DepotStock("D-way", LENDER_ON_THE_WAY, Map.of(), Set.of("meter")));

        final Route route = time(toolless, List.of("T-1", "T-2"), tickets, depots);

        assertThat(route.stops().get(0).pickUp()).isNotNull();
        assertThat(route.stops().get(1).pickUp()).as("the meter is already in the van").isNull();
        assertThat(route.stops().get(1).arrival()).isEqualTo(route.stops().get(0).end() + 10 * MINUTE);
        assertThat(RouteCost.violation(toolless, route, tickets::get)).isNull();
    }

    @Test
    void shouldCollectPartsAndToolsAtOneDepotThatHasBoth()
    {
        final Map<String, TicketSpec> tickets = Map.of("T-1", ticket(SITE, List.of("meter"), Map.of("fuse", 2)));
        final List<PickUps.DepotStock> depots = List.of(
            new PickUps.DepotStock("D-parts-only", LENDER_ON_THE_WAY, Map.of("fuse", 9), Set.of()),
            new PickUps.DepotStock("D-both", LENDER_OFF_THE_WAY, Map.of("fuse", 9), Set.of("meter")));

        final Route route = time(toolless, List.of("T-1"), tickets, depots);

        assertThat(route.stops().get(0).pickUp())
            .isEqualTo(new Stop.PickUp("D-both", Stock.of(Map.of("fuse", 2)), Tools.of(List.of("meter"))));
        final long via = TRAVEL.millis(HOME, LENDER_OFF_THE_WAY) + TRAVEL.millis(LENDER_OFF_THE_WAY, SITE);
        assertThat(route.stops().get(0).arrival()).isEqualTo(T0 + via + PutDepot.DEFAULT_COUNTER_MILLIS);
    }

    @Test
    void shouldNotDetourForAToolTheTechnicianCarries()
    {
        final Engineer equipped = engineer(List.of("meter"));
        final Map<String, TicketSpec> tickets = Map.of("T-1", ticket(SITE, List.of("meter"), Map.of()));
        final List<PickUps.DepotStock> depots = List.of(new PickUps.DepotStock("D-way", LENDER_ON_THE_WAY, Map.of(), Set.of("meter")));

        final Route route = time(equipped, List.of("T-1"), tickets, depots);

        assertThat(route.stops().get(0).pickUp()).isNull();
        assertThat(route.stops().get(0).arrival()).isEqualTo(T0 + 20 * MINUTE);
    }

    @Test
    void shouldBreakAHardRuleWhenNoDepotLendsTheTool()
    {
        final Map<String, TicketSpec> tickets = Map.of("T-1", ticket(SITE, List.of("meter"), Map.of()));
        final List<PickUps.DepotStock> depots = List.of(new PickUps.DepotStock("D-way", LENDER_ON_THE_WAY, Map.of(), Set.of("drill")));

        final Route route = time(toolless, List.of("T-1"), tickets, depots);

        assertThat(route.stops().get(0).pickUp()).isNull();
        assertThat(RouteCost.violation(toolless, route, tickets::get)).isEqualTo("neither the van nor a depot lends the tools for T-1");
        assertThat(Insertion.canServe(toolless, tickets.get("T-1"), () -> depots)).isFalse();
        assertThat(Insertion.canServe(toolless, tickets.get("T-1"),
            () -> List.of(new PickUps.DepotStock("D-off", LENDER_OFF_THE_WAY, Map.of(), Set.of("meter"))))).isTrue();
    }

    private static Route time(final Engineer engineer, final List<String> ids, final Map<String, TicketSpec> tickets,
        final List<PickUps.DepotStock> depots)
    {
        final Function<String, TicketSpec> specs = tickets::get;
        return RouteTimer.time(engineer, ids, 0, specs, T0, TRAVEL, 0, null, () -> depots);
    }

    private static Engineer engineer(final List<String> tools)
    {
        final EngineerSpec spec = new EngineerSpec("Technician", HOME, List.of(new Skill("hvac", 1)), tools,
            new Shift(T0, T0 + 10 * 60 * MINUTE, List.of(), 0), Stock.empty(), EngineerSpec.NO_CAPACITY);
        return new Engineer("E-1", spec, HOME, T0, EngineerStatus.AVAILABLE, T0, 1, Tools.empty());
    }

    private static TicketSpec ticket(final Location where, final List<String> tools, final Map<String, Integer> parts)
    {
        return new TicketSpec(null, "Meter check", Priority.P3, null, null, where, List.of(new SkillRequirement("hvac", 1)),
            tools, Stock.of(parts), 30, null, TicketSpec.NO_TIME);
    }
}
