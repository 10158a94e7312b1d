package dev.kairos.solver.planning;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The van's parts along one route being timed ({@link RouteTimer}): the same counts as
 * {@link PickUps#after} would give visit by visit, kept in two small arrays copied from the van's
 * stock on the first visit that uses parts and counted down in place. A van holds a handful of
 * skus, and copying its sorted map at every such visit was most of the parts work in replay.
 * Skus the van did not start with never appear: a visit needing one leaves none of it behind.
 * One route's timing; not shared.
 */
final class VanLoad
{
    private final Map<String, Integer> stock;
    private String[] skus;
    private int[] counts;

    VanLoad(final Map<String, Integer> stock)
    {
        this.stock = stock;
    }

    private int count(final String sku)
    {
        if (skus == null)
        {
            return stock.getOrDefault(sku, 0);
        }
        for (int i = 0; i < skus.length; i++)
        {
            if (skus[i].equals(sku))
            {
                return counts[i];
            }
        }
        return 0;
    }

    /** As {@link PickUps#shortfall} of the van now. */
    SortedMap<String, Integer> shortfall(final Map<String, Integer> parts)
    {
        SortedMap<String, Integer> missing = Collections.emptySortedMap();
        if (parts.isEmpty())
        {
            return missing;
        }
        for (final Map.Entry<String, Integer> part : parts.entrySet())
        {
            final int lacking = part.getValue() - count(part.getKey());
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

    /** A visit used {@code parts}, a pick-up of any shortfall included: as {@link PickUps#after}, never below zero. */
    void use(final Map<String, Integer> parts)
    {
        if (parts.isEmpty())
        {
            return;
        }
        if (skus == null)
        {
            skus = new String[stock.size()];
            counts = new int[stock.size()];
            int i = 0;
            for (final Map.Entry<String, Integer> entry : stock.entrySet())
            {
                skus[i] = entry.getKey();
                counts[i++] = entry.getValue();
            }
        }
        for (final Map.Entry<String, Integer> part : parts.entrySet())
        {
            for (int i = 0; i < skus.length; i++)
            {
                if (skus[i].equals(part.getKey()))
                {
                    counts[i] = Math.max(0, counts[i] - part.getValue());
                    break;
                }
            }
        }
    }
}
