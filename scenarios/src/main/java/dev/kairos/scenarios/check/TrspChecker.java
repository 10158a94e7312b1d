package dev.kairos.scenarios.check;

import dev.kairos.scenarios.published.PillacInstance;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges a TRSP solution on a Pillac instance from first principles and measures its total
 * working time as the data README defines it, so that the solver's own numbers can be compared
 * with the published ones. Shares no code with the solver.
 *
 * <p>Routes use the authors' numbering (see {@link PillacInstance}): a route starts with the
 * technician's home id, lists request ids and depot visits, and may end with the technician's
 * return-home id (implied when absent). Node 0 is also accepted as a depot visit. A depot visit
 * gives the technician every tool and enough of every part for the rest of the route, as in the
 * authors' model; the files list nothing for the depot because nothing there runs out.
 */
public final class TrspChecker
{
    private TrspChecker()
    {
    }

    /**
     * As {@link #check(PillacInstance, List)}, and the routes must use exactly {@code technicians}
     * technicians: a dispatcher's fixed crew for the day, counted here, not taken from the solver.
     */
    public static TrspReport check(final PillacInstance instance, final List<List<Integer>> routes, final int technicians)
    {
        final TrspReport report = check(instance, routes);
        if (report.techniciansUsed() == technicians)
        {
            return report;
        }
        final List<Violation> violations = new ArrayList<>(report.violations());
        violations.add(new Violation(ViolationKind.TECHNICIAN_COUNT, Violation.NO_NODE,
            report.techniciansUsed() + " technicians serve requests, not the " + technicians + " asked for"));
        return new TrspReport(violations, report.techniciansUsed(), report.workingTime());
    }

    public static TrspReport check(final PillacInstance instance, final List<List<Integer>> routes)
    {
        final int crew = instance.technicians().size();
        final List<Violation> violations = new ArrayList<>();
        final int[] visits = new int[crew + instance.requests().size() + 1];
        final boolean[] routed = new boolean[crew + 1];
        int used = 0;
        double workingTime = 0;
        for (int index = 0; index < routes.size(); index++)
        {
            final List<Integer> route = routes.get(index);
            if (route.isEmpty())
            {
                continue;
            }
            final int technician = route.get(0);
            final boolean hasOwner = technician >= 1 && technician <= crew;
            if (!hasOwner)
            {
                violations.add(new Violation(ViolationKind.ROUTE_SHAPE, technician,
                    "route " + index + " starts with " + technician + ", not a technician's home (1.." + crew + ")"));
            }
            else if (routed[technician])
            {
                violations.add(new Violation(ViolationKind.ROUTE_SHAPE, technician,
                    "technician " + technician + " has more than one route"));
            }
            else
            {
                routed[technician] = true;
            }
            final List<Integer> stops = stops(instance, route, index, hasOwner ? technician : 0, violations);
            for (final int stop : stops)
            {
                if (stop != TechnicianRoute.DEPOT)
                {
                    visits[stop]++;
                }
            }
            if (hasOwner && stops.stream().anyMatch(stop -> stop != TechnicianRoute.DEPOT))
            {
                used++;
                workingTime += new TechnicianRoute(instance, instance.technician(technician), stops, index)
                    .check(violations);
            }
        }
        for (int request = crew + 1; request < visits.length; request++)
        {
            if (visits[request] == 0)
            {
                violations.add(new Violation(ViolationKind.MISSING_VISIT, request, "request " + request + " is not served"));
            }
            else if (visits[request] > 1)
            {
                violations.add(new Violation(ViolationKind.DUPLICATE_VISIT, request,
                    "request " + request + " is served " + visits[request] + " times"));
            }
        }
        return new TrspReport(violations, used, workingTime);
    }

    /**
     * The route's requests and depot visits ({@link TechnicianRoute#DEPOT}) in order, after the
     * home node; {@code technician} is 0 when the route has no valid owner.
     */
    private static List<Integer> stops(final PillacInstance instance, final List<Integer> route, final int index,
        final int technician, final List<Violation> violations)
    {
        final int crew = instance.technicians().size();
        final int requests = instance.requests().size();
        final List<Integer> stops = new ArrayList<>();
        for (int position = 1; position < route.size(); position++)
        {
            final int node = route.get(position);
            if (instance.isRequest(node))
            {
                stops.add(node);
            }
            else if (node == 0 || technician != 0 && node == instance.depotVisitNode(technician))
            {
                stops.add(TechnicianRoute.DEPOT);
            }
            else if (technician != 0 && node == instance.returnNode(technician))
            {
                if (position != route.size() - 1)
                {
                    violations.add(new Violation(ViolationKind.ROUTE_SHAPE, node,
                        "route " + index + " returns home before its last stop"));
                }
            }
            else if (node >= 1 && node <= 3 * crew + requests)
            {
                violations.add(new Violation(ViolationKind.ROUTE_SHAPE, node, "route " + index + " of technician "
                    + technician + " holds " + node + ", a home, or another technician's return or depot visit"));
            }
            else
            {
                violations.add(new Violation(ViolationKind.UNKNOWN_NODE, node,
                    "route " + index + " visits " + node + ", not a node of " + instance.name()));
            }
        }
        return stops;
    }
}
