package dev.kairos.solver.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Tool names, as a set a depot lends. Sorted so that the journal, the digest and JSON see one order. */
public final class Tools
{
    private Tools()
    {
    }

    public static SortedSet<String> of(final Collection<String> names)
    {
        return names == null || names.isEmpty() ? Collections.emptySortedSet()
            : Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }

    public static SortedSet<String> empty()
    {
        return Collections.emptySortedSet();
    }
}
