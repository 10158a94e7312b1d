package dev.kairos.solver.wire;

import java.nio.charset.StandardCharsets;

/**
 * Strings a reader has decoded lately, by their UTF-8 bytes, so that the same bytes decode to the
 * same instance while they keep their slot: direct-mapped, a miss takes the slot. For fields whose
 * values recur (an engineer's id, a sku; the ids of the open tickets a route lists), where a new
 * string every time was garbage, or, kept, a copy in every ticket and stop that holds it.
 * <p>
 * Only values of up to {@link #MAX_LENGTH} bytes are looked up, packed with their length into two
 * longs that are the slot's key: a lookup compares two longs in arrays that stay in cache, where
 * comparing with a kept copy of the bytes read a cold array each time (most of the table's cost).
 * One reader's; not thread-safe.
 */
final class StringTable
{
    /** Ids and names are short; the length takes the last of the sixteen bytes of the key. */
    static final int MAX_LENGTH = 15;

    private final long[] low;
    private final long[] high;
    private final String[] strings;
    private final int shift;

    StringTable(final int slots)
    {
        if (Integer.bitCount(slots) != 1 || slots < 2)
        {
            throw new IllegalArgumentException("slots must be a power of two, was " + slots);
        }
        low = new long[slots];
        high = new long[slots];
        strings = new String[slots];
        shift = Long.numberOfLeadingZeros(slots - 1L);
    }

    /** The string of {@code length} (at most {@link #MAX_LENGTH}) UTF-8 bytes of {@code array} from {@code from}. */
    String get(final byte[] array, final int from, final int length)
    {
        long first = 0;
        long second = (long)length << 56;
        for (int i = 0; i < length; i++)
        {
            final long b = array[from + i] & 0xFFL;
            if (i < 8)
            {
                first |= b << (i << 3);
            }
            else
            {
                second |= b << ((i - 8) << 3);
            }
        }
        final int slot = (int)((first * 0x9E3779B97F4A7C15L ^ second * 0xC2B2AE3D27D4EB4FL) >>> shift);
        // The key holds every byte and the length, so equal keys are equal strings; an empty slot has no string.
        if (low[slot] == first && high[slot] == second && strings[slot] != null)
        {
            return strings[slot];
        }
        final String value = new String(array, from, length, StandardCharsets.UTF_8);
        low[slot] = first;
        high[slot] = second;
        strings[slot] = value;
        return value;
    }
}
