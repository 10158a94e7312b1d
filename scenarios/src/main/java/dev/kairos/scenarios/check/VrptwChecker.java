package dev.kairos.scenarios.check;

import dev.kairos.scenarios.published.SolomonInstance;
import dev.kairos.scenarios.published.SolomonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges a VRPTW solution on a Solomon instance from first principles: every customer once, no
 * more vehicles than the fleet, capacity, windows (wait until ready, start by the due date) and
 * the depot's closing time, with unrounded Euclidean travel. Written apart from the solver so
 * that a bug there cannot hide itself here.
 */
public final class VrptwChecker
{
    private VrptwChecker()
    {
    }

    /**
     * @param routes one list of customer ids per vehicle; a leading or trailing depot (0) is
     *               allowed and ignored, empty routes are unused vehicles
     */
    public static VrptwReport check(final SolomonInstance instance, final List<List<Integer>> routes)
    {
        final List<Violation> violations = new ArrayList<>();
        final int[] visits = new int[instance.nodes().size()];
        int used = 0;
        double distance = 0;
        for (int index = 0; index < routes.size(); index++)
        {
            final List<Integer> customers = customers(instance, routes.get(index), index, violations);
            if (customers.isEmpty())
            {
                continue;
            }
            used++;
            distance += drive(instance, customers, index, violations);
            for (final int customer : customers)
            {
                visits[customer]++;
            }
        }
        for (int customer = 1; customer < visits.length; customer++)
        {
            if (visits[customer] == 0)
            {
                violations.add(new Violation(ViolationKind.MISSING_VISIT, customer, "customer " + customer + " is not served"));
            }
            else if (visits[customer] > 1)
            {
                violations.add(new Violation(ViolationKind.DUPLICATE_VISIT, customer,
                    "customer " + customer + " is served " + visits[customer] + " times"));
            }
        }
        if (used > instance.vehicles())
        {
            violations.add(new Violation(ViolationKind.TOO_MANY_VEHICLES, Violation.NO_NODE,
                used + " vehicles used, " + instance.vehicles() + " available"));
        }
        return new VrptwReport(violations, used, distance);
    }

    private static List<Integer> customers(final SolomonInstance instance, final List<Integer> route, final int index,
        final List<Violation> violations)
    {
        int from = 0;
        int to = route.size();
        if (to > 0 && route.get(0) == 0)
        {
            from++;
        }
        if (to > from && route.get(to - 1) == 0)
        {
            to--;
        }
        final List<Integer> customers = new ArrayList<>();
        for (final int node : route.subList(from, to))
        {
            if (node == 0)
            {
                violations.add(new Violation(ViolationKind.ROUTE_SHAPE, node,
                    "route " + index + " returns to the depot mid-route; each vehicle makes one trip"));
            }
            else if (node < 0 || node > instance.customerCount())
            {
                violations.add(new Violation(ViolationKind.UNKNOWN_NODE, node,
                    "route " + index + " visits " + node + ", not a customer of " + instance.name()));
            }
            else
            {
                customers.add(node);
            }
        }
        return customers;
    }

    /** Follows one vehicle, reporting what it breaks; returns the distance it drives. */
    private static double drive(final SolomonInstance instance, final List<Integer> customers, final int index,
        final List<Violation> violations)
    {
        final SolomonNode depot = instance.depot();
        SolomonNode at = depot;
        double time = depot.ready();
        double distance = 0;
        int load = 0;
        for (final int customer : customers)
        {
            final SolomonNode next = instance.node(customer);
            final double leg = Euclid.distance(at.x(), at.y(), next.x(), next.y());
            distance += leg;
            final double start = Math.max(time + leg, next.ready());
            if (start > next.due() + Euclid.TOLERANCE)
            {
                violations.add(new Violation(ViolationKind.TIME_WINDOW, customer, String.format(
                    "route %d starts customer %d at %.4f, after its due date %.4f", index, customer, start, next.due())));
            }
            time = start + next.service();
            load += next.demand();
            at = next;
        }
        final double leg = Euclid.distance(at.x(), at.y(), depot.x(), depot.y());
        distance += leg;
        if (time + leg > depot.due() + Euclid.TOLERANCE)
        {
            violations.add(new Violation(ViolationKind.LATE_RETURN, 0, String.format(
                "route %d is back at the depot at %.4f, after it closes at %.4f", index, time + leg, depot.due())));
        }
        if (load > instance.capacity())
        {
            violations.add(new Violation(ViolationKind.CAPACITY, Violation.NO_NODE,
                "route " + index + " carries " + load + ", capacity " + instance.capacity()));
        }
        return distance;
    }
}
