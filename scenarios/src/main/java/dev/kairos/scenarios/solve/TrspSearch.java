package dev.kairos.scenarios.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Total working time of a Pillac TRSP instance by ruin and recreate: the strings of SISR
 * ({@link StringRuin}) cut from technicians' days, the requests put back one by one at their
 * cheapest feasible place on a skilled technician's day ({@link ShiftRoute}, which adds or moves a
 * depot visit when the van lacks a tool or part), accepted by simulated annealing
 * ({@link Annealing}). A request that fits nowhere waits unplaced at a cost above any working
 * time, and is tried again at every step, so the search first makes the plan feasible, then short.
 * With a fixed crew ({@link Headcount}) a technician off the count costs less than a request left
 * out and more than any working time: feasible, then the count, then short.
 */
final class TrspSearch implements Annealing.Moves<TrspSearch.Roster>
{
    /** Cost of a request left out: more than any day's working time, so serving comes first. */
    static final double UNPLACED = 100_000;
    /** SISR's temperatures, in time units: the Pillac data counts time as Solomon counts distance. */
    static final double HOT = 100;
    static final double COLD = 1;
    private static final double BLINK = 0.01;
    /**
     * Shares of steps that send a technician home or swap two technicians' days instead of cutting
     * strings. Over 12 instances, 3 seeds, 30,000 steps each, sending home at 0.05 gave a mean gap
     * to the authors of +1.9 % against +2.1 % without (noise between seeds is about 0.2 points).
     */
    static final double CLOSE = 0.05;
    static final double SWAP = 0.1;

    /** One day per technician, in technician order, and the requests no day takes. */
    record Roster(List<ShiftRoute> routes, List<Integer> unplaced)
    {
        int used()
        {
            int used = 0;
            for (final ShiftRoute route : routes)
            {
                used += route.customers().length > 0 ? 1 : 0;
            }
            return used;
        }

        double workingTime()
        {
            double total = 0;
            for (final ShiftRoute route : routes)
            {
                total += route.workingTime();
            }
            return total;
        }
    }

    private final Crew crew;
    private final Headcount headcount;
    private final Random random;
    private final StringRuin ruin;
    /** Technicians with the skills, per request: the fewer, the sooner it is placed. */
    private final int[] servers;

    TrspSearch(final Crew crew, final Random random)
    {
        this(crew, Headcount.FREE, random);
    }

    TrspSearch(final Crew crew, final Headcount headcount, final Random random)
    {
        this.crew = crew;
        this.headcount = headcount;
        this.random = random;
        this.ruin = new StringRuin(crew.distance, crew.requests, random);
        servers = new int[crew.requests + 1];
        for (int r = 1; r <= crew.requests; r++)
        {
            for (int t = 0; t < crew.technicians; t++)
            {
                servers[r] += crew.skilled[t][r] ? 1 : 0;
            }
        }
    }

    /** Cheapest insertion, requests with the fewest skilled technicians first, then by window. */
    Roster construct()
    {
        final List<ShiftRoute> routes = new ArrayList<>();
        for (int t = 0; t < crew.technicians; t++)
        {
            routes.add(new ShiftRoute(crew, t));
        }
        final List<Integer> requests = new ArrayList<>();
        for (int r = 1; r <= crew.requests; r++)
        {
            requests.add(r);
        }
        requests.sort(Comparator.comparingInt((Integer r) -> servers[r])
            .thenComparingDouble(r -> crew.stop[r].latest() - crew.stop[r].earliest()));
        final Roster roster = new Roster(routes, new ArrayList<>());
        recreate(roster, requests, null, 0);
        return roster;
    }

    Roster improve(final Roster start, final Annealing.Budget budget)
    {
        return Annealing.run(start, this, HOT, COLD, random, budget);
    }

    @Override
    public Roster copy(final Roster roster)
    {
        final List<ShiftRoute> routes = new ArrayList<>(roster.routes().size());
        for (final ShiftRoute route : roster.routes())
        {
            routes.add(route.copy());
        }
        return new Roster(routes, new ArrayList<>(roster.unplaced()));
    }

    @Override
    public double cost(final Roster roster)
    {
        return roster.workingTime() + UNPLACED * roster.unplaced().size() + headcount.cost(roster.used());
    }

    @Override
    public boolean step(final Roster roster)
    {
        if (random.nextDouble() < SWAP)
        {
            // Days are tied to homes: a whole day may suit another technician better, which strings seldom find.
            final List<ShiftRoute> routes = roster.routes();
            final ShiftRoute first = routes.get(random.nextInt(routes.size()));
            final ShiftRoute second = routes.get(random.nextInt(routes.size()));
            return first != second && first.swap(second);
        }
        ShiftRoute closed = null;
        final List<Integer> removed;
        if (random.nextDouble() < CLOSE)
        {
            // A technician sent home: their requests go elsewhere, which strings alone seldom try.
            final List<ShiftRoute> used = roster.routes().stream().filter(route -> route.customers().length > 0).toList();
            closed = used.get(random.nextInt(used.size()));
            removed = new ArrayList<>();
            for (final int request : closed.customers())
            {
                removed.add(request);
            }
            closed.replace(new int[0]);
        }
        else
        {
            removed = ruin.ruin(roster.routes());
        }
        removed.addAll(roster.unplaced());
        roster.unplaced().clear();
        sortForRecreate(removed);
        recreate(roster, removed, closed, BLINK);
        return true;
    }

    private void recreate(final Roster roster, final List<Integer> requests, final ShiftRoute closed, final double blink)
    {
        int used = headcount.free() ? 0 : roster.used();
        for (final int request : requests)
        {
            final ShiftRoute.Place place = Insertion.cheapest(roster.routes(), request, closed, blink,
                headcount.opening(used), random);
            if (place == null)
            {
                roster.unplaced().add(request);
            }
            else
            {
                used += place.route().customers().length == 0 ? 1 : 0;
                place.route().insert(place, request);
            }
        }
    }

    /** Random, scarce first, tight windows first, far from the depot first: weighted 4:4:2:1. */
    private void sortForRecreate(final List<Integer> removed)
    {
        final int pick = random.nextInt(11);
        if (pick < 4)
        {
            Collections.shuffle(removed, random);
        }
        else if (pick < 8)
        {
            removed.sort(Comparator.comparingInt((Integer r) -> servers[r]));
        }
        else if (pick < 10)
        {
            removed.sort(Comparator.comparingDouble((Integer r) -> crew.stop[r].latest() - crew.stop[r].earliest()));
        }
        else
        {
            removed.sort(Comparator.comparingDouble((Integer r) -> crew.distance[Crew.DEPOT][r]).reversed());
        }
    }
}
