package dev.kairos.scenarios.solve;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.domain.EngineerRoute;
import dev.kairos.solver.planning.domain.Visit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Empties whole vehicles, smallest route first: each of its visits goes to the cheapest place on
 * another route in use that keeps the plan feasible (no hard or medium penalty added); if one
 * cannot, every visit moved so far goes back. Local search alone rarely empties a route, since
 * each visit moved off it costs distance until the last one saves the vehicle; this crosses that
 * valley in one step. Runs until a pass frees no vehicle or the phase ends.
 */
final class RouteElimination implements PhaseCommand<DispatchSolution>
{
    /** Moves a visit from one route to another: the relocation this phase makes and undoes. */
    private record Relocate(PlanningListVariableMetaModel<DispatchSolution, EngineerRoute, Visit> visits,
        EngineerRoute from, int fromIndex, EngineerRoute to, int toIndex) implements Move<DispatchSolution>
    {
        @Override
        public void execute(final MutableSolutionView<DispatchSolution> view)
        {
            view.moveValueBetweenLists(visits, from, fromIndex, to, toIndex);
        }

        Relocate undo()
        {
            return new Relocate(visits, to, toIndex, from, fromIndex);
        }
    }

    @Override
    public void changeWorkingSolution(final PhaseCommandContext<DispatchSolution> context)
    {
        final PlanningListVariableMetaModel<DispatchSolution, EngineerRoute, Visit> visits =
            context.getSolutionMetaModel().genuineEntity(EngineerRoute.class).listVariable();
        boolean freed = true;
        while (freed && !context.isPhaseTerminated())
        {
            freed = false;
            final List<EngineerRoute> used = new ArrayList<>(context.getWorkingSolution().getRoutes().stream()
                .filter(route -> !route.getVisits().isEmpty() && route.getPinned() == 0).toList());
            used.sort(Comparator.comparingInt((EngineerRoute route) -> route.getVisits().size()));
            for (final EngineerRoute victim : used)
            {
                if (context.isPhaseTerminated())
                {
                    return;
                }
                if (empty(context, visits, victim, used))
                {
                    freed = true;
                    break;
                }
            }
        }
    }

    /** Moves every visit off {@code victim}, or none: true when the route is empty afterwards. */
    private static boolean empty(final PhaseCommandContext<DispatchSolution> context,
        final PlanningListVariableMetaModel<DispatchSolution, EngineerRoute, Visit> visits, final EngineerRoute victim,
        final List<EngineerRoute> used)
    {
        final Move<DispatchSolution> nothing = view -> { };
        final HardMediumSoftScore start = context.executeTemporarilyAndCalculateScore(nothing);
        final Deque<Relocate> done = new ArrayDeque<>();
        while (!victim.getVisits().isEmpty())
        {
            final int last = victim.getVisits().size() - 1;
            Relocate best = null;
            HardMediumSoftScore bestScore = null;
            for (final EngineerRoute target : used)
            {
                if (target == victim)
                {
                    continue;
                }
                for (int index = 0; index <= target.getVisits().size(); index++)
                {
                    final Relocate candidate = new Relocate(visits, victim, last, target, index);
                    final HardMediumSoftScore score = context.executeTemporarilyAndCalculateScore(candidate);
                    if (score.hardScore() >= start.hardScore() && score.mediumScore() >= start.mediumScore()
                        && (bestScore == null || score.compareTo(bestScore) > 0))
                    {
                        best = candidate;
                        bestScore = score;
                    }
                }
            }
            if (best == null || context.isPhaseTerminated())
            {
                while (!done.isEmpty())
                {
                    context.execute(done.pop().undo());
                }
                return false;
            }
            context.execute(best);
            done.push(best);
        }
        return true;
    }
}
