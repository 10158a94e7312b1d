package dev.kairos.scenarios.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Shortens VRPTW routes by ruin and recreate: the "slack induction by string removals" of
 * Christiaens and Vanden Berghe (2020), without its split-string variant. Each step removes a few
 * strings of consecutive customers from routes near a random customer ({@link StringRuin}), puts
 * them back one by one at their cheapest feasible place (skipping each place with a small
 * probability, the "blinks"), and keeps the result by simulated annealing on distance
 * ({@link Annealing}). A step that needs a vehicle more is never kept; one that empties a route
 * is, since vehicles rank first. All on {@link RouteTimes}, so a step costs tens of microseconds.
 */
final class StringRemoval implements Annealing.Moves<List<RouteTimes>>
{
    private static final double BLINK = 0.01;
    private static final double HOT = 100;
    private static final double COLD = 1;

    private final RouteTimes.Instance in;
    private final Random random;
    private final StringRuin ruin;

    StringRemoval(final RouteTimes.Instance in, final Random random)
    {
        this.in = in;
        this.random = random;
        this.ruin = new StringRuin(in.distance(), in.ready().length - 1, random);
    }

    /** The best routes found from {@code start} by {@code deadlineNanos}; {@code start} is not changed. */
    List<RouteTimes> improve(final List<RouteTimes> start, final long deadlineNanos)
    {
        return Annealing.run(start, this, HOT, COLD, random, Annealing.Budget.until(deadlineNanos));
    }

    /** Vehicles first (any saving of one outweighs any distance), then distance. */
    @Override
    public double cost(final List<RouteTimes> routes)
    {
        double length = 0;
        for (final RouteTimes route : routes)
        {
            length += route.length();
        }
        return routes.size() * 1e6 + length;
    }

    @Override
    public boolean step(final List<RouteTimes> routes)
    {
        final List<Integer> removed = ruin.ruin(routes);
        routes.removeIf(route -> route.size() == 0);
        return recreate(routes, removed);
    }

    @Override
    public List<RouteTimes> copy(final List<RouteTimes> routes)
    {
        final List<RouteTimes> copy = new ArrayList<>(routes.size());
        for (final RouteTimes route : routes)
        {
            copy.add(route.copy());
        }
        return copy;
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
            Collections.shuffle(removed, random);
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
}
