package dev.kairos.solver.state;

import dev.kairos.solver.command.ChangeEngineerStatus;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Tools;

import java.util.function.BiFunction;

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

    /**
     * A ping, applied in one lookup of the engineer (nine records in ten are pings: a second lookup to
     * put was 8 % of replay) by a function the state keeps and re-arms for each ping; a new lambda
     * capturing the ping, and the state's own around it, were two allocations a ping the compiler kept.
     * Engine thread only.
     */
    static final class Move implements BiFunction<String, Engineer, Engineer>
    {
        private EngineerLocation ping;
        private long position;

        Move of(final EngineerLocation ping, final long position)
        {
            this.ping = ping;
            this.position = position;
            return this;
        }

        @Override
        public Engineer apply(final String id, final Engineer e)
        {
            return ping.measuredAt() < e.locationAt() ? e :
                new Engineer(e.id(), e.spec(), ping.location(), ping.measuredAt(), e.status(), ping.at(), position, e.borrowedTools());
        }
    }

    static Engineer move(final LiveState state, final EngineerLocation c, final long position)
    {
        return state.replaceEngineer(c.engineerId(), state.move.of(c, position));
    }
}
