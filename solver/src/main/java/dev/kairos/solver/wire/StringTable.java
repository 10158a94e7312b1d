package dev.kairos.solver.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings a reader has decoded lately, by their UTF-8 bytes, so that the same bytes decode to the
 * same instance while they keep their slot: direct-mapped, a miss takes the slot. For fields whose
 * values recur (an engineer's id, a sku; the ids of the open tickets a route lists), where a new
 * string every time was garbage, or, kept, a copy in every ticket and stop that holds it. One
 * reader's; not thread-safe.
 */
final class StringTable
{
    /** Longer values are not looked up: ids and names are short, and hashing a long text would not pay. */
    static final int MAX_LENGTH = 64;

    private final String[] strings;
    private final byte[][] bytes;

    StringTable(final int slots)
    {
        if (Integer.bitCount(slots) != 1)
        {
            throw new IllegalArgumentException("slots must be a power of two, was " + slots);
        }
        strings = new String[slots];
        bytes = new byte[slots][];
    }

    /** The string of {@code length} (at most {@link #MAX_LENGTH}) UTF-8 bytes of {@code array} from {@code from}. */
    String get(final byte[] array, final int from, final int length)
    {
        int hash = length;
        for (int i = from; i < from + length; i++)
        {
            hash = 31 * hash + array[i];
        }
        final int slot = (hash ^ hash >>> 16) & (strings.length - 1);
        final byte[] known = bytes[slot];
        if (known != null && Arrays.equals(known, 0, known.length, array, from, from + length))
        {
            return strings[slot];
        }
        final String value = new String(array, from, length, StandardCharsets.UTF_8);
        strings[slot] = value;
        bytes[slot] = Arrays.copyOfRange(array, from, from + length);
        return value;
    }
}
