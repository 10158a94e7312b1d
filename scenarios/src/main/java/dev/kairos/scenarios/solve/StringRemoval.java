package dev.kairos.scenarios.solve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Shortens VRPTW routes by ruin and recreate: the "slack induction by string removals" of
 * Christiaens and Vanden Berghe (2020), without its split-string variant. Each step removes a few
 * strings of consecutive customers from routes near a random customer, puts them back one by one
 * at their cheapest feasible place (skipping each place with a small probability, the "blinks"),
 * and keeps the result by simulated annealing on distance. A step that needs a vehicle more is
 * never kept; one that empties a route is, since vehicles rank first. All on {@link RouteTimes},
 * so a step costs tens of microseconds.
 */
final class StringRemoval
{
    private static final double AVERAGE_REMOVED = 10;
    private static final int MAX_STRING = 10;
    private static final double BLINK = 0.01;
    private static final double HOT = 100;
    private static final double COLD = 1;

    private final RouteTimes.Instance in;
    private final Random random;
    /** Each customer's others, nearest first. */
    private final int[][] neighbours;

    StringRemoval(final RouteTimes.Instance in, final Random random)
    {
        this.in = in;
        this.random = random;
        final int size = in.ready().length;
        neighbours = new int[size][];
        for (int c = 1; c < size; c++)
        {
            final int from = c;
            neighbours[c] = java.util.stream.IntStream.range(1, size).filter(o -> o != from).boxed()
                .sorted(Comparator.comparingDouble(o -> in.distance()[from][o])).mapToInt(Integer::intValue).toArray();
        }
    }

    /** The best routes found from {@code start} by {@code deadlineNanos}; {@code start} is not changed. */
    List<RouteTimes> improve(final List<RouteTimes> start, final long deadlineNanos)
    {
        List<RouteTimes> current = copy(start);
        List<RouteTimes> best = copy(start);
        double currentCost = cost(current);
        double bestCost = currentCost;
        final long began = System.nanoTime();
        final double span = Math.max(1, deadlineNanos - began);
        long now = began;
        while (now < deadlineNanos)
        {
            final double temperature = HOT * Math.pow(COLD / HOT, (now - began) / span);
            final List<RouteTimes> candidate = copy(current);
            if (recreate(candidate, ruin(candidate)))
            {
                final double candidateCost = cost(candidate);
                if (candidateCost < currentCost - temperature * Math.log(random.nextDouble()))
                {
                    current = candidate;
                    currentCost = candidateCost;
                    if (currentCost < bestCost)
                    {
                        best = copy(current);
                        bestCost = currentCost;
                    }
                }
            }
            now = System.nanoTime();
        }
        return best;
    }

    /** Vehicles first (any saving of one outweighs any distance), then distance. */
    private static double cost(final List<RouteTimes> routes)
    {
        double length = 0;
        for (final RouteTimes route : routes)
        {
            length += route.length();
        }
        return routes.size() * 1e6 + length;
    }

    /** Removes strings near a random customer; returns the customers removed. */
    private List<Integer> ruin(final List<RouteTimes> routes)
    {
        final double averageRoute = (in.ready().length - 1) / (double)routes.size();
        final int longest = (int)Math.min(MAX_STRING, averageRoute);
        final double maxStrings = 4 * AVERAGE_REMOVED / (1 + longest) - 1;
        final int strings = (int)(random.nextDouble() * maxStrings) + 1;
        final int seed = 1 + random.nextInt(in.ready().length - 1);
        final List<Integer> removed = new ArrayList<>();
        final Set<RouteTimes> ruined = new HashSet<>();
        for (int k = -1; k < neighbours[seed].length && ruined.size() < strings; k++)
        {
            final int customer = k < 0 ? seed : neighbours[seed][k];
            final RouteTimes route = routeOf(routes, customer);
            if (route == null || ruined.contains(route))
            {
                continue;
            }
            final int size = route.size();
            final int length = 1 + random.nextInt(Math.min(size, longest));
            final int at = indexOf(route.customers(), customer);
            // A random string of that length through the customer, within the route.
            final int first = Math.max(0, Math.min(size - length, at - random.nextInt(length)));
            final int[] customers = route.customers();
            final int[] kept = new int[size - length];
            System.arraycopy(customers, 0, kept, 0, first);
            System.arraycopy(customers, first + length, kept, first, size - first - length);
            for (int i = first; i < first + length; i++)
            {
                removed.add(customers[i]);
            }
            route.replace(kept);
            ruined.add(route);
        }
        routes.removeIf(route -> route.size() == 0);
        return removed;
    }

    /** Puts every removed customer back at its cheapest place; false when one needs a new vehicle. */
    private boolean recreate(final List<RouteTimes> routes, final List<Integer> removed)
    {
        sortForRecreate(removed);
        for (final int customer : removed)
        {
            final RouteTimes.Place place = RouteTimes.cheapest(routes, customer, null, Double.MAX_VALUE, BLINK, random);
            if (place == null)
            {
                return false;
            }
            place.route().insert(customer, place.at());
        }
        return true;
    }

    /** Random, by demand, farthest from or nearest to the depot: the paper's orders, weighted 4:4:2:1. */
    private void sortForRecreate(final List<Integer> removed)
    {
        final int pick = random.nextInt(11);
        if (pick < 4)
        {
            java.util.Collections.shuffle(removed, random);
        }
        else if (pick < 8)
        {
            removed.sort(Comparator.comparingInt((Integer c) -> in.demand()[c]).reversed());
        }
        else if (pick < 10)
        {
            removed.sort(Comparator.comparingDouble((Integer c) -> in.distance()[0][c]).reversed());
        }
        else
        {
            removed.sort(Comparator.comparingDouble((Integer c) -> in.distance()[0][c]));
        }
    }

    private static RouteTimes routeOf(final List<RouteTimes> routes, final int customer)
    {
        for (final RouteTimes route : routes)
        {
            if (indexOf(route.customers(), customer) >= 0)
            {
                return route;
            }
        }
        return null;
    }

    private static int indexOf(final int[] customers, final int customer)
    {
        for (int i = 0; i < customers.length; i++)
        {
            if (customers[i] == customer)
            {
                return i;
            }
        }
        return -1;
    }

    private static List<RouteTimes> copy(final List<RouteTimes> routes)
    {
        final List<RouteTimes> copy = new ArrayList<>(routes.size());
        for (final RouteTimes route : routes)
        {
            copy.add(route.copy());
        }
        return copy;
    }
}
