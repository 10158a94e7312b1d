package dev.kairos.scenarios.sim;

import dev.kairos.solver.sla.ClockKind;
import dev.kairos.solver.sla.ClockState;
import dev.kairos.solver.sla.TicketSla;
import dev.kairos.solver.state.LiveState;

/**
 * The simulated day's own response attainment: live attainment also counts clocks met days ahead of
 * their deadline (a visit to a ticket due next week), which flatters every policy alike.
 */
final class DueInDay
{
    private DueInDay()
    {
    }

    /** Response clocks whose deadline is not after {@code end}, met or breached, and how many of them were met on time. */
    static int[] responses(final LiveState state, final long end)
    {
        final int[] tally = new int[2];
        for (final TicketSla sla : state.sla().tickets())
        {
            final ClockState clock = sla.state(ClockKind.RESPONSE);
            if (clock.breached())
            {
                tally[0]++;
            }
            else if (clock.met() && sla.clock(ClockKind.RESPONSE).deadline(clock.metAt()) <= end)
            {
                tally[0]++;
                tally[1]++;
            }
        }
        return tally;
    }
}
