package dev.kairos.scenarios.sim;

import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.planning.Insertion;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;

import java.util.ArrayList;
import java.util.List;

/** {@link Policy#GREEDY}'s choice. Engine thread (run through {@code EngineHost.ask}). */
final class Greedy
{
    private Greedy()
    {
    }

    /**
     * The nearest qualified engineer with nothing planned, else the nearest qualified one; null if none
     * qualifies. Asked before the ticket exists, so where Kairos would put it plays no part.
     */
    static String choice(final LiveState state, final TicketSpec spec)
    {
        Engineer free = null;
        Engineer any = null;
        double freeDistance = Double.MAX_VALUE;
        double anyDistance = Double.MAX_VALUE;
        final List<Engineer> engineers = new ArrayList<>(state.engineers());
        engineers.sort((a, b) -> a.id().compareTo(b.id()));
        for (final Engineer engineer : engineers)
        {
            if (!Insertion.hasSkillsAndTools(engineer, spec))
            {
                continue;
            }
            final double distance = state.travel().distance(engineer.location(), spec.location());
            if (distance < anyDistance)
            {
                anyDistance = distance;
                any = engineer;
            }
            if (distance < freeDistance && state.route(engineer.id()).stops().isEmpty())
            {
                freeDistance = distance;
                free = engineer;
            }
        }
        return free != null ? free.id() : any == null ? null : any.id();
    }
}
