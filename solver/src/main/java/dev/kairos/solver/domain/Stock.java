package dev.kairos.solver.domain;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Parts by sku. Sorted so that the journal, the digest and JSON see one order. */
public final class Stock
{
    private Stock()
    {
    }

    public static SortedMap<String, Integer> of(final Map<String, Integer> quantities)
    {
        // Most tickets need no parts, and each kept a map and its wrapper of nothing for life.
        if (quantities.isEmpty())
        {
            return empty();
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(quantities));
    }

    public static SortedMap<String, Integer> empty()
    {
        return Collections.emptySortedMap();
    }
}
