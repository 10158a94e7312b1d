package dev.kairos.solver.planning.advice;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import dev.kairos.solver.planning.constraints.DispatchConstraints;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.domain.EngineerRoute;
import dev.kairos.solver.planning.domain.Visit;
import dev.kairos.solver.planning.improve.SolutionBuilder;
import dev.kairos.solver.planning.improve.SubProblem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers "why here?" and "where else?" by scoring copies of a sub-problem with the same
 * constraints the optimiser uses. Timefold 2.x keeps score analysis and recommendations in its
 * commercial edition, so this does what they would: a ticket's share of the score is the plan with
 * it minus the plan without it, one constraint at a time (all other weights overridden to zero);
 * alternatives are every slot in the sub-problem, scored in turn. Call from one advisor thread.
 */
public final class Advisor
{
    public static final int ALTERNATIVES = 5;

    private final SolutionManager<DispatchSolution, HardMediumSoftScore> solutions;

    public Advisor(final SolverFactory<DispatchSolution> solverFactory)
    {
        this.solutions = SolutionManager.create(solverFactory);
    }

    /** The ticket must be in the problem: on one of its routes or among its unassigned. */
    public Explanation explain(final SubProblem problem, final String ticketId)
    {
        final DispatchSolution with = SolutionBuilder.build(problem);
        final Visit visit = find(with, ticketId);
        final HardMediumSoftScore withScore = solutions.update(with);
        final Slot current = visit.getRoute() == null ? null : slotOf(visit);

        final DispatchSolution without = SolutionBuilder.build(problem);
        final Visit loose = find(without, ticketId);
        final EngineerRoute route = routeOf(without, loose);
        final boolean movable = route == null || route.getVisits().indexOf(loose) >= route.getPinned();
        if (route != null)
        {
            route.getVisits().remove(loose);
        }
        final List<ConstraintImpact> breakdown = difference(byConstraint(with), byConstraint(without));
        if (!movable)
        {
            return new Explanation(ticketId, current, breakdown, List.of());
        }
        final HardMediumSoftScore withoutScore = solutions.update(without);
        final HardMediumSoftScore contribution = withScore.subtract(withoutScore);
        final List<Explanation.Alternative> alternatives = new ArrayList<>();
        for (final Scored option : everySlot(without, loose, withoutScore))
        {
            if (current != null && option.slot().engineerId().equals(current.engineerId())
                && option.slot().position() == current.position())
            {
                continue;
            }
            final HardMediumSoftScore difference = option.impact().subtract(contribution);
            alternatives.add(new Explanation.Alternative(option.slot(), difference.toString(),
                difference.compareTo(HardMediumSoftScore.ZERO) > 0));
            if (alternatives.size() == ALTERNATIVES)
            {
                break;
            }
        }
        return new Explanation(ticketId, current, breakdown, alternatives);
    }

    /** Ranked slots for a ticket that is unassigned in the problem (e.g. one not yet created). */
    public List<Option> recommend(final SubProblem problem, final String ticketId, final int limit)
    {
        final DispatchSolution solution = SolutionBuilder.build(problem);
        final Visit visit = find(solution, ticketId);
        final HardMediumSoftScore base = solutions.update(solution);
        final List<Option> options = new ArrayList<>();
        for (final Scored option : everySlot(solution, visit, base))
        {
            options.add(new Option(option.slot(), option.impact().toString(), List.of()));
            if (options.size() == limit)
            {
                break;
            }
        }
        return options;
    }

    private record Scored(Slot slot, HardMediumSoftScore impact)
    {
    }

    /** The loose visit tried at every unpinned position of every route, best first; the solution is left as it was. */
    private List<Scored> everySlot(final DispatchSolution solution, final Visit visit, final HardMediumSoftScore base)
    {
        final List<Scored> scored = new ArrayList<>();
        for (final EngineerRoute route : solution.getRoutes())
        {
            for (int position = route.getPinned(); position <= route.getVisits().size(); position++)
            {
                route.getVisits().add(position, visit);
                final HardMediumSoftScore score = solutions.update(solution);
                scored.add(new Scored(slotOf(visit), score.subtract(base)));
                route.getVisits().remove(position);
            }
        }
        solutions.update(solution);
        scored.sort(Comparator.comparing(Scored::impact).reversed()
            .thenComparing(s -> s.slot().engineerId()).thenComparingInt(s -> s.slot().position()));
        return scored;
    }

    /** The score of each constraint alone: all other weights overridden to zero. */
    private Map<String, HardMediumSoftScore> byConstraint(final DispatchSolution solution)
    {
        final Map<String, HardMediumSoftScore> scores = new HashMap<>();
        for (final String name : DispatchConstraints.NAMES)
        {
            final Map<String, HardMediumSoftScore> weights = new HashMap<>();
            for (final String other : DispatchConstraints.NAMES)
            {
                if (!other.equals(name))
                {
                    weights.put(other, HardMediumSoftScore.ZERO);
                }
            }
            solution.setConstraintWeightOverrides(ConstraintWeightOverrides.of(weights));
            scores.put(name, solutions.update(solution));
        }
        solution.setConstraintWeightOverrides(ConstraintWeightOverrides.none());
        solutions.update(solution);
        return scores;
    }

    private static List<ConstraintImpact> difference(
        final Map<String, HardMediumSoftScore> with, final Map<String, HardMediumSoftScore> without)
    {
        final List<ConstraintImpact> impacts = new ArrayList<>();
        for (final String name : DispatchConstraints.NAMES)
        {
            final HardMediumSoftScore change = with.get(name).subtract(without.get(name));
            if (!change.equals(HardMediumSoftScore.ZERO))
            {
                impacts.add(new ConstraintImpact(name, change.toString()));
            }
        }
        return impacts;
    }

    private static Slot slotOf(final Visit visit)
    {
        return new Slot(visit.getRoute().getEngineerId(), visit.getRoute().getVisits().indexOf(visit), visit.getArrival(),
            visit.getStart(), visit.getEnd());
    }

    private static EngineerRoute routeOf(final DispatchSolution solution, final Visit visit)
    {
        for (final EngineerRoute route : solution.getRoutes())
        {
            if (route.getVisits().contains(visit))
            {
                return route;
            }
        }
        return null;
    }

    private static Visit find(final DispatchSolution solution, final String ticketId)
    {
        for (final Visit visit : solution.getVisits())
        {
            if (visit.getTicketId().equals(ticketId))
            {
                return visit;
            }
        }
        throw new IllegalArgumentException("ticket " + ticketId + " is not in the sub-problem");
    }
}
