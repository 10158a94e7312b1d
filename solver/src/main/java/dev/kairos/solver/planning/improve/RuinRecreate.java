package dev.kairos.solver.planning.improve;

import dev.kairos.solver.command.PlanUpdate;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.planning.Insertion;
import dev.kairos.solver.planning.PickUps;
import dev.kairos.solver.planning.RouteCost;
import dev.kairos.solver.planning.RouteTimer;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.Route;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Ruin and recreate over a large sub-problem, in the fast path's own terms: take a few planned
 * visits near a random one (or near a waiting ticket) off their routes (never dispatched work, never a dispatcher's pin), then
 * put them and every waiting ticket back, each where it adds least on any engineer of the problem
 * ({@link Insertion#cheapest}: the engine's own timing, {@link RouteTimer}, from each engineer's
 * position and committed work, and its hard rules, {@link RouteCost#violation}). A step is kept when
 * it leaves fewer routes breaking a hard rule, or as many and less waiting (weighted by priority, as
 * the optimiser's "ticket unassigned"), or as much of both and costs no more than a falling
 * threshold above the current plan's {@link RouteCost}. Timefold's
 * rounds see four routes and move one visit at a time: on narrow windows a ticket often fits only
 * after two visits on two routes change places, which a round never tries.
 * <p>
 * Pure given the {@link SubProblem} and a seed, so it repeats exactly; runs on the optimiser's thread.
 */
final class RuinRecreate
{
    /** Most planned visits taken off in one step. */
    static final int MAX_RUIN = 8;
    /** The threshold's start, in the fast path's cost units (minutes of travel-equivalent); it falls to 0. */
    static final double START_THRESHOLD = 10;
    /** Moving a planned visit to another engineer: the optimiser's "visit moved to another engineer" (300 s) in minutes. */
    static final long MOVE_MINUTES = 5;

    private final SubProblem problem;
    private final Function<String, TicketSpec> specs;
    private final Supplier<List<PickUps.DepotStock>> depots;
    private final Map<String, Engineer> engineers = new HashMap<>();
    private final Map<String, String> plannedOn = new HashMap<>();
    private final Map<String, List<Engineer>> servers = new HashMap<>();
    private final Random random;

    /** One plan: each engineer's timed route and its cost, and the tickets waiting. */
    private static final class Plan
    {
        final Map<String, Route> routes;
        final Map<String, Long> costs;
        /** Engineers whose route breaks a hard rule (a window missed after a late visit, say): 1 each. */
        final Map<String, Integer> broken;
        final List<String> waiting;

        Plan(final Map<String, Route> routes, final Map<String, Long> costs, final Map<String, Integer> broken,
            final List<String> waiting)
        {
            this.routes = routes;
            this.costs = costs;
            this.broken = broken;
            this.waiting = waiting;
        }

        Plan copy()
        {
            return new Plan(new HashMap<>(routes), new HashMap<>(costs), new HashMap<>(broken), new ArrayList<>(waiting));
        }
    }

    RuinRecreate(final SubProblem problem, final long seed)
    {
        this.problem = problem;
        this.specs = problem.tickets()::get;
        final List<PickUps.DepotStock> frozen = problem.depots();
        this.depots = () -> frozen;
        this.random = new Random(seed);
        for (final Engineer engineer : problem.engineers())
        {
            engineers.put(engineer.id(), engineer);
            problem.routes().get(engineer.id()).ticketIds().forEach(id -> plannedOn.put(id, engineer.id()));
        }
        for (final String id : problem.tickets().keySet())
        {
            final List<Engineer> able = new ArrayList<>();
            for (final Engineer engineer : problem.engineers())
            {
                if (Insertion.canServe(engineer, specs.apply(id), depots))
                {
                    able.add(engineer);
                }
            }
            servers.put(id, able);
        }
    }

    /** The best plan {@code steps} steps found, as the routes it changes; null when it found none better than the live one. */
    PlanUpdate improve(final int steps, final long at)
    {
        final Plan start = new Plan(new HashMap<>(), new HashMap<>(), new HashMap<>(), new ArrayList<>(problem.unassigned()));
        for (final Engineer engineer : problem.engineers())
        {
            final Route live = problem.routes().get(engineer.id());
            replace(start, engineer.id(), time(engineer, live.ticketIds(), live));
        }
        Plan current = start;
        Plan best = start;
        for (int step = 0; step < steps; step++)
        {
            final Plan next = current.copy();
            recreate(next, ruin(next));
            final double threshold = START_THRESHOLD * (1 - (double)step / steps);
            final int order = compare(next, current);
            if (order < 0 || order == 0 && soft(next) <= soft(current) + threshold)
            {
                current = next;
                if (compare(current, best) < 0 || compare(current, best) == 0 && soft(current) < soft(best))
                {
                    best = current;
                }
            }
        }
        return best == start ? null : proposal(best, at);
    }

    /**
     * Takes up to {@link #MAX_RUIN} movable planned visits off their routes, those nearest a random one
     * or a random waiting ticket; returns them.
     */
    private List<String> ruin(final Plan plan)
    {
        final List<String> movable = new ArrayList<>();
        for (final Engineer engineer : problem.engineers())
        {
            final Route route = plan.routes.get(engineer.id());
            for (int i = route.pinned(); i < route.stops().size(); i++)
            {
                final String id = route.stops().get(i).ticketId();
                if (!problem.pins().containsKey(id))
                {
                    movable.add(id);
                }
            }
        }
        if (movable.isEmpty())
        {
            return List.of();
        }
        // Half the time around a waiting ticket: room is made where it is wanted.
        final String seed = !plan.waiting.isEmpty() && random.nextBoolean() ? plan.waiting.get(random.nextInt(plan.waiting.size()))
            : movable.get(random.nextInt(movable.size()));
        final var here = specs.apply(seed).location();
        movable.sort(Comparator.<String>comparingLong(id -> problem.travel().millis(here, specs.apply(id).location()))
            .thenComparing(Comparator.naturalOrder()));
        final List<String> taken = new ArrayList<>(movable.subList(0, 1 + random.nextInt(Math.min(MAX_RUIN, movable.size()))));
        final Map<String, List<String>> byEngineer = new HashMap<>();
        for (final String id : taken)
        {
            byEngineer.computeIfAbsent(engineerOf(plan, id), e -> new ArrayList<>()).add(id);
        }
        for (final Map.Entry<String, List<String>> entry : byEngineer.entrySet())
        {
            final Route route = plan.routes.get(entry.getKey());
            final List<String> ids = new ArrayList<>(route.ticketIds());
            ids.removeAll(entry.getValue());
            replace(plan, entry.getKey(), time(engineers.get(entry.getKey()), ids, route));
        }
        return taken;
    }

    /** Puts the visits taken off and every waiting ticket back, each at its cheapest feasible place, tightest window first or at random. */
    private void recreate(final Plan plan, final List<String> taken)
    {
        final List<String> toPlace = new ArrayList<>(taken);
        toPlace.addAll(plan.waiting);
        plan.waiting.clear();
        Collections.sort(toPlace);
        if (random.nextBoolean())
        {
            Collections.shuffle(toPlace, random);
        }
        else
        {
            toPlace.sort(Comparator.comparingLong(this::windowWidth));
        }
        for (final String id : toPlace)
        {
            String bestEngineer = null;
            Route bestRoute = null;
            long bestDelta = Long.MAX_VALUE;
            for (final Engineer engineer : servers.getOrDefault(id, List.of()))
            {
                final Route current = plan.routes.get(engineer.id());
                final var position = Insertion.cheapest(engineer, current, id, specs, problem.now(), problem.travel(), depots, true);
                if (position.order() == null)
                {
                    continue;
                }
                final long delta = position.cost() - plan.costs.get(engineer.id()) + moveCost(id, engineer.id());
                if (delta < bestDelta)
                {
                    bestDelta = delta;
                    bestEngineer = engineer.id();
                    bestRoute = time(engineer, position.order(), current);
                }
            }
            if (bestEngineer == null)
            {
                plan.waiting.add(id);
            }
            else
            {
                replace(plan, bestEngineer, bestRoute);
            }
        }
    }

    private long windowWidth(final String id)
    {
        final TicketSpec spec = specs.apply(id);
        return spec.window() == null ? Long.MAX_VALUE : spec.window().end() - spec.window().start();
    }

    private long moveCost(final String id, final String engineerId)
    {
        final String before = plannedOn.get(id);
        return before != null && !before.equals(engineerId) ? MOVE_MINUTES : 0;
    }

    private void replace(final Plan plan, final String engineerId, final Route route)
    {
        final Engineer engineer = engineers.get(engineerId);
        plan.routes.put(engineerId, route);
        plan.costs.put(engineerId, RouteCost.cost(engineer, route, specs));
        plan.broken.put(engineerId, RouteCost.violation(engineer, route, specs) == null ? 0 : 1);
    }

    private Route time(final Engineer engineer, final List<String> ids, final Route committed)
    {
        return RouteTimer.time(engineer, ids, committed.pinned(), specs, problem.now(), problem.travel(), committed.version(),
            committed, depots);
    }

    private static String engineerOf(final Plan plan, final String ticketId)
    {
        for (final Route route : plan.routes.values())
        {
            if (route.indexOf(ticketId) >= 0)
            {
                return route.engineerId();
            }
        }
        throw new IllegalStateException("ticket " + ticketId + " is on no route");
    }

    /** Negative when {@code a} breaks fewer routes than {@code b}, or as many and leaves less waiting (by priority weight). */
    private int compare(final Plan a, final Plan b)
    {
        final int broken = Integer.compare(broken(a), broken(b));
        return broken != 0 ? broken : Long.compare(waitingWeight(a), waitingWeight(b));
    }

    private static int broken(final Plan plan)
    {
        int broken = 0;
        for (final int one : plan.broken.values())
        {
            broken += one;
        }
        return broken;
    }

    private long waitingWeight(final Plan plan)
    {
        long weight = 0;
        for (final String id : plan.waiting)
        {
            weight += RouteCost.latenessWeight(specs.apply(id).priority());
        }
        return weight;
    }

    /** The routes' cost plus moving planned visits to other engineers, as the optimiser counts it. */
    private long soft(final Plan plan)
    {
        long soft = 0;
        for (final Map.Entry<String, Route> entry : plan.routes.entrySet())
        {
            soft += plan.costs.get(entry.getKey());
            for (final String id : entry.getValue().ticketIds())
            {
                soft += moveCost(id, entry.getKey());
            }
        }
        return soft;
    }

    private PlanUpdate proposal(final Plan plan, final long at)
    {
        final List<RoutePlan> changed = new ArrayList<>();
        final Map<String, Long> basedOn = new HashMap<>();
        for (final Engineer engineer : problem.engineers())
        {
            final List<String> ids = plan.routes.get(engineer.id()).ticketIds();
            final Route live = problem.routes().get(engineer.id());
            if (!ids.equals(live.ticketIds()))
            {
                changed.add(new RoutePlan(engineer.id(), ids));
                basedOn.put(engineer.id(), live.version());
            }
        }
        return changed.isEmpty() ? null : new PlanUpdate(at, changed, basedOn);
    }
}
