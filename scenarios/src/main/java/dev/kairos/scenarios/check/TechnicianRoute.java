package dev.kairos.scenarios.check;

import dev.kairos.scenarios.published.PillacDepot;
import dev.kairos.scenarios.published.PillacInstance;
import dev.kairos.scenarios.published.PillacRequest;
import dev.kairos.scenarios.published.PillacTechnician;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** One technician's day: what it breaks, and how long it works. */
final class TechnicianRoute
{
    /** Marks a depot visit among the stops; request ids are always above the technicians'. */
    static final int DEPOT = 0;

    private final PillacInstance instance;
    private final PillacTechnician technician;
    private final List<Integer> stops;
    private final int index;

    TechnicianRoute(final PillacInstance instance, final PillacTechnician technician, final List<Integer> stops,
        final int index)
    {
        this.instance = instance;
        this.technician = technician;
        this.stops = stops;
        this.index = index;
    }

    /** Adds what the route breaks to {@code violations}; returns its working time. */
    double check(final List<Violation> violations)
    {
        checkResources(violations);
        return checkTimes(violations);
    }

    /**
     * Schedules every stop as early as possible, then delays leaving home by as much as the
     * waiting allows without pushing any service past its window, and so without changing the
     * return: what is left of the waiting is what the windows force. The working time is the
     * return minus that latest departure.
     */
    private double checkTimes(final List<Violation> violations)
    {
        final PillacDepot depot = instance.depot();
        final double leave = technician.shiftStart();
        double time = leave;
        double x = technician.x();
        double y = technician.y();
        double waited = 0;
        double delay = Double.POSITIVE_INFINITY;
        for (final int stop : stops)
        {
            final boolean atDepot = stop == DEPOT;
            final PillacRequest request = atDepot ? null : instance.request(stop);
            final double nextX = atDepot ? depot.x() : request.x();
            final double nextY = atDepot ? depot.y() : request.y();
            final double ready = atDepot ? depot.open() : request.ready();
            final double due = atDepot ? depot.close() : request.due();
            final double arrive = time + Euclid.distance(x, y, nextX, nextY);
            final double start = Math.max(arrive, ready);
            if (start > due + Euclid.TOLERANCE)
            {
                violations.add(new Violation(ViolationKind.TIME_WINDOW,
                    atDepot ? instance.depotVisitNode(technician.id()) : stop, String.format(
                        "technician %d (route %d) starts %s at %.4f, after its window closed at %.4f",
                        technician.id(), index, atDepot ? "a depot visit" : "request " + stop, start, due)));
            }
            waited += start - arrive;
            // Leaving later by d delays this start by max(0, d - waited so far): it must stay within the window.
            delay = Math.min(delay, waited + due - start);
            time = start + (atDepot ? depot.service() : request.service());
            x = nextX;
            y = nextY;
        }
        final double back = time + Euclid.distance(x, y, technician.x(), technician.y());
        if (back > technician.shiftEnd() + Euclid.TOLERANCE)
        {
            violations.add(new Violation(ViolationKind.LATE_RETURN, instance.returnNode(technician.id()), String.format(
                "technician %d (route %d) is home at %.4f, after the shift ends at %.4f",
                technician.id(), index, back, technician.shiftEnd())));
        }
        // Delaying past the total wait would delay the return too, and gain nothing.
        final double latestLeave = leave + Math.max(0, Math.min(waited, delay));
        return back - latestLeave;
    }

    private void checkResources(final List<Violation> violations)
    {
        final int[] stock = technician.stock().stream().mapToInt(Integer::intValue).toArray();
        boolean restocked = false;
        for (final int stop : stops)
        {
            if (stop == DEPOT)
            {
                restocked = true;
                continue;
            }
            final PillacRequest request = instance.request(stop);
            final SortedSet<Integer> skills = missing(request.skills(), technician.skills());
            if (!skills.isEmpty())
            {
                violations.add(new Violation(ViolationKind.SKILL, stop,
                    "technician " + technician.id() + " lacks skills " + skills + " for request " + stop));
            }
            if (restocked)
            {
                continue;
            }
            final SortedSet<Integer> tools = missing(request.tools(), technician.tools());
            if (!tools.isEmpty())
            {
                violations.add(new Violation(ViolationKind.TOOL, stop, "technician " + technician.id()
                    + " lacks tools " + tools + " for request " + stop + " and has not been to the depot"));
            }
            final StringBuilder shortages = new StringBuilder();
            for (int part = 0; part < request.parts().size(); part++)
            {
                final int need = request.parts().get(part);
                final int left = part < stock.length ? stock[part] : 0;
                if (need > left)
                {
                    shortages.append(String.format(" part %d: needs %d, has %d;", part, need, Math.max(0, left)));
                }
                if (part < stock.length)
                {
                    stock[part] -= need;
                }
            }
            if (!shortages.isEmpty())
            {
                violations.add(new Violation(ViolationKind.PART, stop, "technician " + technician.id()
                    + " runs short before any depot visit at request " + stop + ":" + shortages));
            }
        }
    }

    private static SortedSet<Integer> missing(final SortedSet<Integer> needed, final SortedSet<Integer> held)
    {
        final SortedSet<Integer> missing = new TreeSet<>(needed);
        missing.removeAll(held);
        return missing;
    }
}
