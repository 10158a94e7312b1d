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
        return Collections.unmodifiableSortedMap(new TreeMap<>(quantities));
    }

    public static SortedMap<String, Integer> empty()
    {
        return Collections.emptySortedMap();
    }
}
