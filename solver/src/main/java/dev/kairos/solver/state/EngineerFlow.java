package dev.kairos.solver.state;

import dev.kairos.solver.command.ChangeEngineerStatus;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Tools;

/** How engineer commands change live state; part of {@link LiveState#apply}, engine thread only. */
final class EngineerFlow
{
    private EngineerFlow()
    {
    }

    static Engineer put(final LiveState state, final PutEngineer c, final long position)
    {
        final Engineer old = state.engineer(c.engineerId());
        if (old == null)
        {
            final EngineerStatus status = c.spec().shift().start() <= c.at() && c.at() < c.spec().shift().end() ?
                EngineerStatus.AVAILABLE : EngineerStatus.OFF_SHIFT;
            return state.put(new Engineer(
                c.engineerId(), c.spec(), c.spec().home(), c.at(), status, c.at(), position, Tools.empty()));
        }
        // A new profile does not empty the van: tools borrowed today stay until the shift ends.
        return state.put(new Engineer(
            old.id(), c.spec(), old.location(), old.locationAt(), old.status(), c.at(), position, old.borrowedTools()));
    }

    static Engineer status(final LiveState state, final ChangeEngineerStatus c, final long at, final long position)
    {
        final Engineer e = state.engineer(c.engineerId());
        // Borrowed tools go back to the depot when the shift ends.
        return state.put(new Engineer(e.id(), e.spec(), e.location(), e.locationAt(), c.status(), at, position,
            c.status() == EngineerStatus.OFF_SHIFT ? Tools.empty() : e.borrowedTools()));
    }

    /** In one lookup of the engineer (nine records in ten are pings: a second lookup to put was 8 % of replay). */
    static Engineer move(final LiveState state, final EngineerLocation c, final long position)
    {
        return state.replaceEngineer(c.engineerId(), e -> c.measuredAt() < e.locationAt() ? e :
            new Engineer(e.id(), e.spec(), c.location(), c.measuredAt(), e.status(), c.at(), position, e.borrowedTools()));
    }
}
