package dev.kairos.solver.state;

import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;

/**
 * Values by ticket id, for the maps replay reads and writes on every create and cancel. The ids
 * the engine gives ({@code "T-" + n}, {@link LiveState#nextTicketId}) are dense ints already: such
 * an id indexes an array by its number, so a lookup reads the id's few digits and one array slot
 * instead of hashing a freshly decoded string and chasing a hash node and the stored key through
 * an old generation of half a million tickets (a third of replay's samples were such lookups).
 * Any other id (a snapshot or test may restore one) goes to a plain map. Iteration order is
 * unspecified, as a hash map's was. Not thread-safe: the engine thread's.
 */
final class ByTicketId<V>
{
    /** Numbers past this go to the map, so that no id can make the array absurdly large. */
    private static final int MAX_DENSE = 1 << 26;

    private Object[] dense = new Object[64];
    private final Map<String, V> other = new HashMap<>();
    private int size;
    private final Values values = new Values();

    /** The array slot of an engine-given id ({@code T-1} … without leading zeros), or -1. */
    static int number(final String id)
    {
        final int length = id.length();
        if (length < 3 || length > 10 || id.charAt(0) != 'T' || id.charAt(1) != '-' || id.charAt(2) == '0')
        {
            return -1;
        }
        int n = 0;
        for (int i = 2; i < length; i++)
        {
            final int digit = id.charAt(i) - '0';
            if (digit < 0 || digit > 9)
            {
                return -1;
            }
            n = n * 10 + digit;
        }
        return n <= MAX_DENSE ? n : -1;
    }

    @SuppressWarnings("unchecked")
    V get(final String id)
    {
        if (id == null)
        {
            return null;
        }
        final int n = number(id);
        if (n < 0)
        {
            return other.isEmpty() ? null : other.get(id);
        }
        return n < dense.length ? (V)dense[n] : null;
    }

    /** Returns the value it replaced, or null. */
    @SuppressWarnings("unchecked")
    V put(final String id, final V value)
    {
        final int n = number(id);
        if (n < 0)
        {
            final V previous = other.put(id, value);
            if (previous == null)
            {
                size++;
            }
            return previous;
        }
        if (n >= dense.length)
        {
            dense = Arrays.copyOf(dense, Math.min(MAX_DENSE + 1, Math.max(n + 1, dense.length * 2)));
        }
        final V previous = (V)dense[n];
        dense[n] = value;
        if (previous == null)
        {
            size++;
        }
        return previous;
    }

    /** Returns the value it removed, or null. */
    @SuppressWarnings("unchecked")
    V remove(final String id)
    {
        final int n = number(id);
        final V previous;
        if (n < 0)
        {
            previous = other.isEmpty() ? null : other.remove(id);
        }
        else if (n < dense.length)
        {
            previous = (V)dense[n];
            dense[n] = null;
        }
        else
        {
            previous = null;
        }
        if (previous != null)
        {
            size--;
        }
        return previous;
    }

    int size()
    {
        return size;
    }

    /** A live view of the values. */
    Collection<V> values()
    {
        return values;
    }

    /** Every id with its value; the engine-given ids in order of number, then the others. */
    @SuppressWarnings("unchecked")
    void forEach(final BiConsumer<String, V> action)
    {
        for (int n = 1; n < dense.length; n++)
        {
            if (dense[n] != null)
            {
                action.accept("T-" + n, (V)dense[n]);
            }
        }
        other.forEach(action);
    }

    private final class Values extends AbstractCollection<V>
    {
        @Override
        public int size()
        {
            return size;
        }

        @Override
        public Iterator<V> iterator()
        {
            return new Iterator<>()
            {
                private int n = next(0);
                private final Iterator<V> rest = other.values().iterator();

                private int next(final int from)
                {
                    int i = from;
                    while (i < dense.length && dense[i] == null)
                    {
                        i++;
                    }
                    return i;
                }

                @Override
                public boolean hasNext()
                {
                    return n < dense.length || rest.hasNext();
                }

                @Override
                @SuppressWarnings("unchecked")
                public V next()
                {
                    if (n < dense.length)
                    {
                        final V value = (V)dense[n];
                        n = next(n + 1);
                        return value;
                    }
                    if (!rest.hasNext())
                    {
                        throw new NoSuchElementException();
                    }
                    return rest.next();
                }
            };
        }
    }
}
