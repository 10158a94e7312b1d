package dev.kairos.solver.planning;

import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fast path: a new or changed ticket goes where it adds least cost to the current plan
 * (cheapest feasible insertion). Only the {@link #DEFAULT_CANDIDATES} nearest engineers that have
 * the skills, tools and parts are tried, so the cost does not grow with the fleet. Runs on the
 * engine thread while it decides a command; the result is journaled with the command.
 */
public final class Insertion
{
    public static final int DEFAULT_CANDIDATES = 8;

    private Insertion()
    {
    }

    /** Where the ticket goes ({@code route} non-null), or why it cannot go anywhere. */
    public record Placement(RoutePlan route, String unassignedReason)
    {
    }

    public static Placement place(final LiveState state, final String ticketId, final TicketSpec spec, final long now)
    {
        return place(state, ticketId, spec, now, state::route);
    }

    /** As {@link #place(LiveState, String, TicketSpec, long)}, with some routes seen as {@code routes} gives them. */
    public static Placement place(
        final LiveState state,
        final String ticketId,
        final TicketSpec spec,
        final long now,
        final Function<String, Route> routes)
    {
        // The planner's view of a ticket: its due time is the SLA resolution deadline when that is earlier.
        final TicketSpec planned = state.planningSpec(ticketId, spec, now);
        final Function<String, TicketSpec> specs = id -> id.equals(ticketId) ? planned : state.planningSpec(id);
        final List<Engineer> qualified = new ArrayList<>();
        boolean anySkilled = false;
        for (final Engineer engineer : state.engineers())
        {
            if (!hasSkillsAndTools(engineer, spec))
            {
                continue;
            }
            anySkilled = true;
            final long lastReturn = engineer.spec().shift().end() + engineer.spec().shift().maxOvertimeMinutes() * 60_000L;
            if (lastReturn > now && hasParts(engineer, routes.apply(engineer.id()), spec, specs))
            {
                qualified.add(engineer);
            }
        }
        if (qualified.isEmpty())
        {
            return new Placement(null, state.engineers().isEmpty() ? "no engineers" :
                anySkilled ? "no engineer with the skills and tools has the parts and shift time left" :
                "no engineer has the required skills and tools");
        }
        final TravelTimes travel = state.travel();
        qualified.sort(Comparator.<Engineer>comparingDouble(e -> travel.distance(e.location(), spec.location()))
            .thenComparing(Engineer::id));

        RoutePlan best = null;
        long bestDelta = Long.MAX_VALUE;
        String nearestProblem = null;
        for (final Engineer engineer : qualified.subList(0, Math.min(DEFAULT_CANDIDATES, qualified.size())))
        {
            final Route current = routes.apply(engineer.id());
            final List<String> ids = current.ticketIds();
            final long before = RouteCost.cost(engineer, RouteTimer.time(engineer, ids, current.pinned(), specs, now, travel, 0), specs);
            for (int position = current.pinned(); position <= ids.size(); position++)
            {
                final List<String> candidate = new ArrayList<>(ids);
                candidate.add(position, ticketId);
                final Route timed = RouteTimer.time(engineer, candidate, current.pinned(), specs, now, travel, 0);
                final String violation = RouteCost.violation(engineer, timed, specs);
                if (violation != null)
                {
                    nearestProblem = nearestProblem == null ? engineer.id() + ": " + violation : nearestProblem;
                    continue;
                }
                final long delta = RouteCost.cost(engineer, timed, specs) - before;
                if (delta < bestDelta)
                {
                    bestDelta = delta;
                    best = new RoutePlan(engineer.id(), candidate);
                }
            }
        }
        return best != null ? new Placement(best, null) :
            new Placement(null, "no qualified engineer can fit it (nearest: " + nearestProblem + ")");
    }

    public static boolean hasSkillsAndTools(final Engineer engineer, final TicketSpec spec)
    {
        for (final SkillRequirement requirement : spec.skills())
        {
            boolean met = false;
            for (final Skill skill : engineer.spec().skills())
            {
                met |= requirement.isMetBy(skill);
            }
            if (!met)
            {
                return false;
            }
        }
        return engineer.spec().tools().containsAll(spec.tools());
    }

    /** Van stock covers the parts of every ticket on the route plus this one. */
    static boolean hasParts(
        final Engineer engineer, final Route route, final TicketSpec spec, final Function<String, TicketSpec> specs)
    {
        if (spec.parts().isEmpty())
        {
            return true;
        }
        for (final Map.Entry<String, Integer> part : spec.parts().entrySet())
        {
            int needed = part.getValue();
            for (final Stop stop : route.stops())
            {
                needed += specs.apply(stop.ticketId()).parts().getOrDefault(part.getKey(), 0);
            }
            if (engineer.spec().stock().getOrDefault(part.getKey(), 0) < needed)
            {
                return false;
            }
        }
        return true;
    }
}
