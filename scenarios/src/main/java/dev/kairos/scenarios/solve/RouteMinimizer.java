package dev.kairos.scenarios.solve;

import dev.kairos.scenarios.published.SolomonInstance;
import dev.kairos.scenarios.published.SolomonNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Fewest vehicles for a VRPTW instance, before local search polishes the distance: the route
 * minimisation of Nagata and Bräysy (2009, "A powerful route minimization heuristic for the
 * VRPTW"), without its squeeze step. Take a route out and put its customers in a pool; insert them
 * back one at a time at a random feasible place; where there is none, insert anyway and eject the
 * one or two customers of that route whose removal makes it feasible and that were hard to place
 * least often (a counter per customer); shake the solution with random feasible relocations
 * after each step. The route stays out when the pool empties. Plain arrays over the instance's own
 * numbers: thousands of insertions a second where the Timefold model manages tens.
 * <p>
 * Single-threaded; one instance per solve. The random generator's seed is fixed by the caller.
 */
final class RouteMinimizer
{
    /** Windows are tightened by this much so routes stay feasible once the model rounds times to milliseconds. */
    private static final double MARGIN = 1e-3;
    private static final int SHAKES = 100;

    private final RouteTimes.Instance in;
    private final Random random;
    private final List<RouteTimes> routes = new ArrayList<>();
    private final int[] hardness;
    private long deadline;

    RouteMinimizer(final SolomonInstance instance, final long seed)
    {
        final List<SolomonNode> nodes = instance.nodes();
        final int size = nodes.size();
        final double[][] distance = new double[size][size];
        final double[] ready = new double[size];
        final double[] due = new double[size];
        final double[] service = new double[size];
        final int[] demand = new int[size];
        for (int i = 0; i < size; i++)
        {
            final SolomonNode node = nodes.get(i);
            ready[i] = node.ready();
            due[i] = node.due() - MARGIN;
            service[i] = node.service();
            demand[i] = node.demand();
            for (int j = 0; j < size; j++)
            {
                distance[i][j] = Math.hypot(node.x() - nodes.get(j).x(), node.y() - nodes.get(j).y());
            }
        }
        this.in = new RouteTimes.Instance(distance, ready, due, service, demand, instance.capacity());
        this.random = new Random(seed);
        this.hardness = new int[size];
    }

    /**
     * Routes as customer ids: built, reduced until {@code deadlineNanos} or the load bound, then
     * shortened ({@link RoutePolish}) until no move helps or {@code polishDeadlineNanos}.
     */
    List<List<Integer>> solve(final long deadlineNanos, final long polishDeadlineNanos)
    {
        return solve(deadlineNanos, polishDeadlineNanos, Long.MIN_VALUE);
    }

    /** As {@link #solve(long, long)}, then ruin and recreate ({@link StringRemoval}) until {@code searchDeadlineNanos}. */
    List<List<Integer>> solve(final long deadlineNanos, final long polishDeadlineNanos, final long searchDeadlineNanos)
    {
        deadline = deadlineNanos;
        construct();
        final int bound = (int)Math.ceil(Arrays.stream(in.demand()).sum() / (double)in.capacity());
        while (routes.size() > bound && System.nanoTime() < deadline)
        {
            final List<int[]> before = routes.stream().map(RouteTimes::customers).toList();
            if (!removeOneRoute())
            {
                routes.clear();
                before.forEach(customers -> routes.add(new RouteTimes(in, customers)));
                break;
            }
        }
        RoutePolish.polish(routes, in, polishDeadlineNanos);
        final List<RouteTimes> searched = System.nanoTime() < searchDeadlineNanos
            ? new StringRemoval(in, random).improve(routes, searchDeadlineNanos) : routes;
        final List<List<Integer>> result = new ArrayList<>();
        for (final RouteTimes route : searched)
        {
            result.add(Arrays.stream(route.customers()).boxed().toList());
        }
        return result;
    }

    /** Cheapest feasible insertion, customers by latest start first; a new route when none fits. */
    private void construct()
    {
        final Integer[] order = new Integer[in.ready().length - 1];
        Arrays.setAll(order, i -> i + 1);
        Arrays.sort(order, (a, b) -> Double.compare(in.due()[a], in.due()[b]));
        for (final int customer : order)
        {
            final RouteTimes.Place place = RouteTimes.cheapest(routes, customer, null, Double.MAX_VALUE, 0, random);
            if (place == null)
            {
                routes.add(new RouteTimes(in, new int[]{customer}));
            }
            else
            {
                place.route().insert(customer, place.at());
            }
        }
    }

    private boolean removeOneRoute()
    {
        final RouteTimes removed = routes.remove(random.nextInt(routes.size()));
        final Deque<Integer> pool = new ArrayDeque<>();
        for (final int customer : removed.customers())
        {
            pool.push(customer);
        }
        Arrays.fill(hardness, 1);
        while (!pool.isEmpty())
        {
            if (System.nanoTime() >= deadline)
            {
                return false;
            }
            final int customer = pool.pop();
            if (!insertAtRandomFeasiblePlace(customer))
            {
                hardness[customer]++;
                insertEjecting(customer, pool);
            }
            shake();
        }
        return true;
    }

    private boolean insertAtRandomFeasiblePlace(final int customer)
    {
        RouteTimes chosen = null;
        int chosenAt = -1;
        int seen = 0;
        for (final RouteTimes route : routes)
        {
            for (int at = 0; at <= route.size(); at++)
            {
                // Reservoir sampling: each feasible place equally likely, in one pass.
                if (route.canInsert(customer, at) && random.nextInt(++seen) == 0)
                {
                    chosen = route;
                    chosenAt = at;
                }
            }
        }
        if (chosen == null)
        {
            return false;
        }
        chosen.insert(customer, chosenAt);
        return true;
    }

    /** Inserts where ejecting one or two customers of the route leaves it feasible at the least summed hardness. */
    private void insertEjecting(final int customer, final Deque<Integer> pool)
    {
        RouteTimes.Ejection best = null;
        RouteTimes bestRoute = null;
        for (final RouteTimes route : routes)
        {
            final RouteTimes.Ejection ejection = route.bestEjection(customer, hardness,
                best == null ? Integer.MAX_VALUE : best.hardness(), random);
            if (ejection != null && (best == null || ejection.hardness() < best.hardness()))
            {
                best = ejection;
                bestRoute = route;
            }
        }
        if (best == null)
        {
            // Nothing ejects to feasibility (a customer fits no route even alone with it): give it its own.
            routes.add(new RouteTimes(in, new int[]{customer}));
            return;
        }
        for (final int ejected : bestRoute.insertAndEject(customer, best))
        {
            pool.push(ejected);
        }
    }

    /** Random feasible relocations between routes: moves the solution without losing feasibility. */
    private void shake()
    {
        if (routes.size() < 2)
        {
            return;
        }
        for (int i = 0; i < SHAKES; i++)
        {
            final RouteTimes from = routes.get(random.nextInt(routes.size()));
            final RouteTimes to = routes.get(random.nextInt(routes.size()));
            if (from == to)
            {
                continue;
            }
            final int index = random.nextInt(from.size());
            final int customer = from.customers()[index];
            final int at = random.nextInt(to.size() + 1);
            // Taking a customer out never breaks a route: distances keep the triangle inequality.
            if (to.canInsert(customer, at))
            {
                from.remove(index);
                to.insert(customer, at);
                if (from.size() == 0)
                {
                    routes.remove(from);
                }
            }
        }
    }
}
