package dev.kairos.solver.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Tool names, as a set a depot lends. Sorted so that the journal, the digest and JSON see one order. */
public final class Tools
{
    private static final SortedSet<String> EMPTY = Collections.emptySortedSet();

    private Tools()
    {
    }

    public static SortedSet<String> of(final Collection<String> names)
    {
        // The shared empty set first, by identity: every location ping makes an engineer record through here.
        if (names == EMPTY)
        {
            return EMPTY;
        }
        return names == null || names.isEmpty() ? EMPTY
            : Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }

    public static SortedSet<String> empty()
    {
        return EMPTY;
    }
}
