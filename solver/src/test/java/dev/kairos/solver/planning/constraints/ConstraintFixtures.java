package dev.kairos.solver.planning.constraints;

import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.planning.PickUps;
import dev.kairos.solver.planning.PlanarTravel;
import dev.kairos.solver.planning.domain.DepotPlace;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.domain.EngineerRoute;
import dev.kairos.solver.planning.domain.TravelMatrix;
import dev.kairos.solver.planning.domain.Visit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Solutions of one engineer and a few visits for the constraint tests: a plane where one unit takes a
 * minute, the engineer starting and living at (0,0), tickets at (10,0), a depot halfway.
 */
final class ConstraintFixtures
{
    static final long T0 = 1_795_424_400_000L;
    static final long MINUTE = 60_000L;
    static final TravelMatrix TRAVEL = new TravelMatrix(
        List.of(new Location(0, 0), new Location(10, 0), new Location(5, 0), new Location(30, 0)), new PlanarTravel(MINUTE));
    /** Halfway to the tickets, so a pick-up there adds only the 10 minutes at the counter. */
    static final int DEPOT_PLACE = 2;
    /** Half an hour from the engineer's start. */
    static final int FAR_PLACE = 3;

    private ConstraintFixtures()
    {
    }

    static DispatchSolution solution(final RouteBuilder route, final VisitBuilder... visits)
    {
        final EngineerRoute built = route.build();
        final List<Visit> all = new ArrayList<>();
        for (final VisitBuilder visit : visits)
        {
            all.add(visit.build());
        }
        built.setVisits(new ArrayList<>(all));
        return new DispatchSolution(new ArrayList<>(List.of(built)), all);
    }

    static RouteBuilder route()
    {
        return new RouteBuilder();
    }

    static VisitBuilder visit()
    {
        return new VisitBuilder();
    }

    static final class RouteBuilder
    {
        private long shiftEnd = T0 + 8 * 60 * MINUTE;
        private long overtime;
        private int capacity = -1;
        private List<DepotPlace> depots = List.of();

        RouteBuilder shiftEnd(final long end, final int overtimeMinutes)
        {
            this.shiftEnd = end;
            this.overtime = overtimeMinutes * MINUTE;
            return this;
        }

        RouteBuilder capacity(final int capacity)
        {
            this.capacity = capacity;
            return this;
        }

        RouteBuilder depot(final Map<String, Integer> stock, final String... lends)
        {
            depots = List.of(new DepotPlace(DEPOT_PLACE, new PickUps.DepotStock("D-1", new Location(5, 0), stock, Set.of(lends))));
            return this;
        }

        EngineerRoute build()
        {
            final EngineerRoute route = new EngineerRoute("E-1", 0, 0, T0, shiftEnd, overtime, List.of(),
                List.of(new Skill("hvac", 2)), List.of("ladder"), Map.of("filter", 1), capacity, TRAVEL, 0);
            route.setDepots(depots);
            return route;
        }
    }

    static final class VisitBuilder
    {
        private static int next;
        private List<SkillRequirement> skills = List.of();
        private List<String> tools = List.of();
        private Map<String, Integer> parts = Map.of();
        private TimeWindow window;
        private long due = TicketSpec.NO_TIME;
        private Priority priority = Priority.P3;
        private String plannedOn;
        private String pinnedTo;
        private int place = 1;

        /** At {@link #FAR_PLACE} instead of (10,0). */
        VisitBuilder far()
        {
            place = FAR_PLACE;
            return this;
        }

        VisitBuilder skill(final String name, final int level)
        {
            skills = List.of(new SkillRequirement(name, level));
            return this;
        }

        VisitBuilder tool(final String name)
        {
            tools = List.of(name);
            return this;
        }

        VisitBuilder part(final String sku, final int quantity)
        {
            parts = Map.of(sku, quantity);
            return this;
        }

        VisitBuilder window(final long start, final long end)
        {
            window = new TimeWindow(start, end);
            return this;
        }

        VisitBuilder due(final long due)
        {
            this.due = due;
            return this;
        }

        VisitBuilder priority(final Priority priority)
        {
            this.priority = priority;
            return this;
        }

        VisitBuilder plannedOn(final String engineerId)
        {
            plannedOn = engineerId;
            return this;
        }

        VisitBuilder pinnedTo(final String engineerId)
        {
            pinnedTo = engineerId;
            return this;
        }

        Visit build()
        {
            return new Visit("T-" + ++next, place, new TicketSpec(null, "job", priority, null, null, place == FAR_PLACE ? new Location(30, 0) : new Location(10, 0),
                skills, tools, Stock.of(parts), 30, window, due), plannedOn, pinnedTo);
        }
    }
}
