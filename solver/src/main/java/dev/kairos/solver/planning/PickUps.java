package dev.kairos.solver.planning;

import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.state.Depot;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.StockLedger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Parts and tools along a route, as the Pillac technician-routing model plans them: the van sets
 * off with its stock and the engineer's tools, each visit uses its parts, and a visit whose parts
 * the van no longer holds, or whose tools it does not carry, is preceded by one pick-up at the depot
 * that has all of the parts shortfall and lends every lacking tool, the one adding the least driving
 * between the previous place and the visit. Exactly the shortfall is collected; a borrowed tool
 * stays in the van for the rest of the day. The fast path ({@link RouteTimer}) and the optimiser
 * ({@code planning.domain}) use these same rules, so both price the detour alike. Pure; any thread.
 */
public final class PickUps
{
    private PickUps()
    {
    }

    /**
     * A depot as planning sees it: where it is, what it can still give (on hand less reserved), the
     * tools it lends, and the time a pick-up spends at its counter ({@link Depot#counterMillis}).
     */
    public record DepotStock(String id, Location location, Map<String, Integer> available, Set<String> tools, long counterMillis)
    {
        /** A depot with the default counter time. */
        public DepotStock(final String id, final Location location, final Map<String, Integer> available, final Set<String> tools)
        {
            this(id, location, available, tools, PutDepot.DEFAULT_COUNTER_MILLIS);
        }

        /** A depot that lends no tools. */
        public DepotStock(final String id, final Location location, final Map<String, Integer> available)
        {
            this(id, location, available, Set.of());
        }

        /** It has all of {@code parts} and lends every one of {@code lacking}. */
        public boolean supplies(final Map<String, Integer> parts, final Collection<String> lacking)
        {
            return tools.containsAll(lacking) && covers(parts);
        }

        public boolean covers(final Map<String, Integer> parts)
        {
            for (final Map.Entry<String, Integer> part : parts.entrySet())
            {
                if (available.getOrDefault(part.getKey(), 0) < part.getValue())
                {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Engine thread: {@link #depots} computed on first use only ({@link LiveState#depotStock}, kept
     * while no depot or reservation changes). Most routes never need a pick-up, and computing every
     * depot's availability on every re-timing was most of replay's time.
     */
    public static Supplier<List<DepotStock>> lazyDepots(final LiveState state)
    {
        return state::depotStock;
    }

    /** The same depots, unmodifiable throughout, so one list can be handed to many re-timings. */
    public static List<DepotStock> frozen(final List<DepotStock> depots)
    {
        final List<DepotStock> frozen = new ArrayList<>(depots.size());
        for (final DepotStock depot : depots)
        {
            frozen.add(new DepotStock(depot.id(), depot.location(), Collections.unmodifiableMap(depot.available()), depot.tools(),
                depot.counterMillis()));
        }
        return List.copyOf(frozen);
    }

    /** Engine thread (or a copy): every depot with what it has available, by id. */
    public static List<DepotStock> depots(final LiveState state)
    {
        final List<DepotStock> depots = new ArrayList<>(state.depots().size());
        for (final Depot depot : state.depots())
        {
            final Map<String, Integer> available = new TreeMap<>();
            final String holder = StockLedger.depot(depot.id());
            for (final String sku : depot.stock().keySet())
            {
                final int left = state.stock().available(holder, depot.stock(), sku);
                if (left > 0)
                {
                    available.put(sku, left);
                }
            }
            depots.add(new DepotStock(depot.id(), depot.location(), available, depot.tools(), depot.counterMillis()));
        }
        depots.sort((a, b) -> a.id().compareTo(b.id()));
        return depots;
    }

    /** What of {@code parts} the van does not hold; empty when it holds them all. */
    public static SortedMap<String, Integer> shortfall(final Map<String, Integer> van, final Map<String, Integer> parts)
    {
        SortedMap<String, Integer> missing = Collections.emptySortedMap();
        if (parts.isEmpty())
        {
            return missing;
        }
        for (final Map.Entry<String, Integer> part : parts.entrySet())
        {
            final int lacking = part.getValue() - van.getOrDefault(part.getKey(), 0);
            if (lacking > 0)
            {
                if (missing.isEmpty())
                {
                    missing = new TreeMap<>();
                }
                missing.put(part.getKey(), lacking);
            }
        }
        return missing;
    }

    /** The van after a visit used {@code parts}, a pick-up of any shortfall included: never below zero. */
    public static Map<String, Integer> after(final Map<String, Integer> van, final Map<String, Integer> parts)
    {
        if (parts.isEmpty())
        {
            return van;
        }
        final Map<String, Integer> left = new TreeMap<>(van);
        for (final Map.Entry<String, Integer> part : parts.entrySet())
        {
            final int remaining = left.getOrDefault(part.getKey(), 0) - part.getValue();
            if (remaining > 0)
            {
                left.put(part.getKey(), remaining);
            }
            else
            {
                left.remove(part.getKey());
            }
        }
        return left;
    }

    /**
     * What is left on the van of each part {@code needed} names once the visits of {@code stops} have
     * used theirs (parts at zero left out): {@link #after} visit by visit, restricted to those parts.
     * A part's count falls by what each visit uses and never below zero, so what is left is
     * max(0, on board - all used), summed without a van map per stop: asked for every candidate
     * route of every create, the maps were most of that check's cost (RESULTS.md, 2026-12-07 session 8).
     */
    public static Map<String, Integer> leftAfter(final Map<String, Integer> van, final List<dev.kairos.solver.state.Stop> stops,
        final Map<String, Integer> needed, final java.util.function.Function<String, dev.kairos.solver.command.TicketSpec> specs)
    {
        final int kinds = needed.size();
        final String[] skus = new String[kinds];
        final int[] left = new int[kinds];
        int k = 0;
        for (final String sku : needed.keySet())
        {
            skus[k] = sku;
            left[k++] = van.getOrDefault(sku, 0);
        }
        for (final dev.kairos.solver.state.Stop stop : stops)
        {
            final Map<String, Integer> used = specs.apply(stop.ticketId()).parts();
            if (!used.isEmpty())
            {
                for (int i = 0; i < kinds; i++)
                {
                    left[i] -= used.getOrDefault(skus[i], 0);
                }
            }
        }
        final Map<String, Integer> result = new java.util.HashMap<>(kinds * 2);
        for (int i = 0; i < kinds; i++)
        {
            if (left[i] > 0)
            {
                result.put(skus[i], left[i]);
            }
        }
        return result;
    }

    /** What of {@code needed} is not on board; empty (and allocation-free) when all is. */
    public static List<String> lacking(final Collection<String> onBoard, final List<String> needed)
    {
        if (needed.isEmpty())
        {
            // Asked for every engineer on every create; most tickets need no tools, and even an empty list's iterator is an object.
            return List.of();
        }
        List<String> lacking = List.of();
        for (final String tool : needed)
        {
            if (!onBoard.contains(tool))
            {
                if (lacking.isEmpty())
                {
                    lacking = new ArrayList<>(needed.size());
                }
                lacking.add(tool);
            }
        }
        return lacking;
    }

    /** The tools on board after a visit that needed {@code needed}: a borrowed tool stays for the day. */
    public static Collection<String> carried(final Collection<String> onBoard, final List<String> needed)
    {
        if (onBoard.containsAll(needed))
        {
            return onBoard;
        }
        final Set<String> after = new TreeSet<>(onBoard);
        after.addAll(needed);
        return after;
    }

    /** The depot holding all of {@code missing} that adds the least time from {@code from} to {@code to} through it; null if none. */
    public static DepotStock best(final List<DepotStock> depots, final Location from, final Location to,
        final Map<String, Integer> missing, final TravelTimes travel)
    {
        return best(depots, from, to, missing, List.of(), travel);
    }

    /**
     * The depot that has all of {@code missing} and lends every tool in {@code lackingTools}, with the
     * least time from {@code from} to {@code to} through it, its counter included ({@link #viaMillis});
     * null if none.
     */
    public static DepotStock best(final List<DepotStock> depots, final Location from, final Location to,
        final Map<String, Integer> missing, final Collection<String> lackingTools, final TravelTimes travel)
    {
        DepotStock best = null;
        long bestMillis = Long.MAX_VALUE;
        for (final DepotStock depot : depots)
        {
            if (!depot.supplies(missing, lackingTools))
            {
                continue;
            }
            final long millis = viaMillis(travel.millis(from, depot.location()), depot, travel.millis(depot.location(), to));
            if (millis < bestMillis)
            {
                bestMillis = millis;
                best = depot;
            }
        }
        return best;
    }

    /**
     * From a place to a visit through {@code depot}: the drive there, the depot's counter, the drive
     * on. One function for every path, so a near depot with a long counter loses to a farther one
     * with a short counter alike in the fast path, the optimiser and dispatch.
     */
    public static long viaMillis(final long toDepot, final DepotStock depot, final long fromDepot)
    {
        return toDepot + depot.counterMillis() + fromDepot;
    }
}
