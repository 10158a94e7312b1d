package dev.kairos.solver.planning.improve;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * The optimiser's to-do list of engineers whose routes changed, in two tiers: routes that took new
 * work (a new ticket placed there, or the nearest engineer to one no one could take) come before
 * routes that only lost work, each tier in order of arrival. Under a steady stream a single
 * first-come queue held every engineer at once and a new ticket waited for a whole pass (issue #4:
 * p99 2.1 s); new work is what dispatchers wait for, and a route that lost a visit rarely got worse.
 * <p>
 * Optimiser thread only (the engine's notifications reach it through the {@link Improver}'s queues).
 */
final class ChangedRoutes
{
    private final LinkedHashSet<String> newWork = new LinkedHashSet<>();
    private final LinkedHashSet<String> other = new LinkedHashSet<>();

    /** An engineer changed; new work promotes an engineer already waiting in the lower tier. */
    void add(final String engineerId, final boolean isNewWork)
    {
        if (isNewWork)
        {
            other.remove(engineerId);
            newWork.add(engineerId);
        }
        else if (!newWork.contains(engineerId))
        {
            other.add(engineerId);
        }
    }

    /** The next seed, or null when nothing waits. */
    String poll()
    {
        final String next = first(newWork);
        return next != null ? next : first(other);
    }

    /** Whether the next seed, if any, is there for new work. */
    boolean hasNewWork()
    {
        return !newWork.isEmpty();
    }

    /** A round read these engineers' routes: whatever they waited for is done. */
    void covered(final Collection<String> engineerIds)
    {
        newWork.removeAll(engineerIds);
        other.removeAll(engineerIds);
    }

    boolean isEmpty()
    {
        return newWork.isEmpty() && other.isEmpty();
    }

    private static String first(final LinkedHashSet<String> tier)
    {
        final Iterator<String> it = tier.iterator();
        if (!it.hasNext())
        {
            return null;
        }
        final String id = it.next();
        it.remove();
        return id;
    }
}
