package dev.kairos.scenarios.solve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The ruin of SISR (Christiaens and Vanden Berghe 2020) without its split strings: a few strings
 * of consecutive customers cut from routes near a random customer, at most one string a route.
 * Customers are numbered 1..n in the distance matrix; routes only show and replace their customers,
 * so VRPTW routes and technicians' days (which also hold depot visits) are ruined alike.
 */
final class StringRuin
{
    /** A route as the ruin sees it: its customers in order. */
    interface Strung
    {
        int[] customers();

        /** Keeps only {@code kept}, a subsequence of {@link #customers()}. */
        void replace(int[] kept);
    }

    private static final double AVERAGE_REMOVED = 10;
    private static final int MAX_STRING = 10;

    private final int customers;
    private final Random random;
    /** Each customer's others, nearest first. */
    private final int[][] neighbours;

    StringRuin(final double[][] distance, final int customers, final Random random)
    {
        this.customers = customers;
        this.random = random;
        neighbours = new int[customers + 1][];
        for (int c = 1; c <= customers; c++)
        {
            final int from = c;
            neighbours[c] = IntStream.rangeClosed(1, customers).filter(o -> o != from).boxed()
                .sorted(Comparator.comparingDouble(o -> distance[from][o])).mapToInt(Integer::intValue).toArray();
        }
    }

    /** Cuts strings near a random customer; returns the customers cut, routes may be left empty. */
    List<Integer> ruin(final List<? extends Strung> routes)
    {
        final long used = routes.stream().filter(route -> route.customers().length > 0).count();
        final double averageRoute = customers / (double)Math.max(1, used);
        final int longest = (int)Math.max(1, Math.min(MAX_STRING, averageRoute));
        final double maxStrings = 4 * AVERAGE_REMOVED / (1 + longest) - 1;
        final int strings = (int)(random.nextDouble() * maxStrings) + 1;
        final int seed = 1 + random.nextInt(customers);
        final List<Integer> removed = new ArrayList<>();
        final Set<Strung> ruined = new HashSet<>();
        for (int k = -1; k < neighbours[seed].length && ruined.size() < strings; k++)
        {
            final int customer = k < 0 ? seed : neighbours[seed][k];
            final Strung route = routeOf(routes, customer);
            if (route == null || ruined.contains(route))
            {
                continue;
            }
            final int[] inRoute = route.customers();
            final int size = inRoute.length;
            final int length = 1 + random.nextInt(Math.min(size, longest));
            final int at = indexOf(inRoute, customer);
            // A random string of that length through the customer, within the route.
            final int first = Math.max(0, Math.min(size - length, at - random.nextInt(length)));
            final int[] kept = new int[size - length];
            System.arraycopy(inRoute, 0, kept, 0, first);
            System.arraycopy(inRoute, first + length, kept, first, size - first - length);
            for (int i = first; i < first + length; i++)
            {
                removed.add(inRoute[i]);
            }
            route.replace(kept);
            ruined.add(route);
        }
        return removed;
    }

    private static Strung routeOf(final List<? extends Strung> routes, final int customer)
    {
        for (final Strung route : routes)
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
}
