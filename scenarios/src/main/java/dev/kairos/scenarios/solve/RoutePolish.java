package dev.kairos.scenarios.solve;

import java.util.Arrays;
import java.util.List;

/**
 * Shortens the routes {@link RouteMinimizer} leaves (its shaking moves customers at random) with
 * the two moves whose feasibility {@link RouteTimes} answers in constant time: 2-opt* (two routes
 * swap their tails) and relocating a customer to another route. First improvement, until neither
 * move shortens anything or time runs out. The vehicle count never grows; a route a 2-opt* empties
 * is dropped. Local search in Timefold then works on a short plan rather than a shaken one.
 */
final class RoutePolish
{
    private static final double GAIN = 1e-9;

    private RoutePolish()
    {
    }

    static void polish(final List<RouteTimes> routes, final RouteTimes.Instance in, final long deadlineNanos)
    {
        boolean improved = true;
        while (improved && System.nanoTime() < deadlineNanos)
        {
            improved = false;
            for (int a = 0; a < routes.size(); a++)
            {
                for (int b = a + 1; b < routes.size(); b++)
                {
                    improved |= swapTails(routes.get(a), routes.get(b), in);
                }
            }
            for (final RouteTimes from : routes)
            {
                for (int index = from.size() - 1; index >= 0; index--)
                {
                    improved |= relocate(from, index, routes, in);
                }
            }
            routes.removeIf(route -> route.size() == 0);
        }
    }

    /** The best tail swap between the two routes, if it shortens them. */
    private static boolean swapTails(final RouteTimes first, final RouteTimes second, final RouteTimes.Instance in)
    {
        final double[][] d = in.distance();
        double best = -GAIN;
        int bestI = 0;
        int bestJ = 0;
        for (int i = -1; i < first.size(); i++)
        {
            final int a = first.node(i);
            final int aNext = first.node(i + 1);
            for (int j = -1; j < second.size(); j++)
            {
                final int b = second.node(j);
                final int bNext = second.node(j + 1);
                final double delta = d[a][bNext] + d[b][aNext] - d[a][aNext] - d[b][bNext];
                if (delta < best
                    && first.loadBefore(i + 1) + second.load() - second.loadBefore(j + 1) <= in.capacity()
                    && second.loadBefore(j + 1) + first.load() - first.loadBefore(i + 1) <= in.capacity()
                    && second.canContinue(a, first.leave(i), j + 1)
                    && first.canContinue(b, second.leave(j), i + 1))
                {
                    best = delta;
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        if (best == -GAIN)
        {
            return false;
        }
        final int[] x = first.customers();
        final int[] y = second.customers();
        first.replace(concat(Arrays.copyOfRange(x, 0, bestI + 1), Arrays.copyOfRange(y, bestJ + 1, y.length)));
        second.replace(concat(Arrays.copyOfRange(y, 0, bestJ + 1), Arrays.copyOfRange(x, bestI + 1, x.length)));
        return true;
    }

    /** Moves the customer at {@code index} to its best place on another route, if that is shorter. */
    private static boolean relocate(final RouteTimes from, final int index, final List<RouteTimes> routes,
        final RouteTimes.Instance in)
    {
        final double[][] d = in.distance();
        final int customer = from.node(index);
        final int before = from.node(index - 1);
        final int after = from.node(index + 1);
        final double saved = d[before][customer] + d[customer][after] - d[before][after];
        final RouteTimes.Place place = RouteTimes.cheapest(routes, customer, from, saved - GAIN, 0, null);
        if (place == null)
        {
            return false;
        }
        from.remove(index);
        place.route().insert(customer, place.at());
        return true;
    }

    private static int[] concat(final int[] head, final int[] tail)
    {
        final int[] joined = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, joined, head.length, tail.length);
        return joined;
    }
}
