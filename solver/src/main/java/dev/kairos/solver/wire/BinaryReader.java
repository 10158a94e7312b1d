package dev.kairos.solver.wire;

import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;

/** Reads what {@link BinaryWriter} wrote, in the same order. One thread at a time. */
public final class BinaryReader
{
    /** Longer strings (titles, reports, URLs) are rarely repeated: decoded fresh each time. */
    static final int MAX_INTERNED_BYTES = 32;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
    private final String[] internedStrings;
    private final byte[][] internedBytes;
    private int offset;
    private int limit;

    public BinaryReader()
    {
        this(0);
    }

    /**
     * A reader that hands back the same String instance for a short string it read recently, from
     * a direct-mapped cache of {@code internSlots} (a power of two; 0: none). Journal records repeat
     * the same ids over and over (every route plan lists its route's tickets, every ping names its
     * engineer): one instance each means no allocation to decode them, a hash computed once, and map
     * lookups that match by identity; the state also keeps one copy of each id instead of thousands.
     */
    public BinaryReader(final int internSlots)
    {
        if (internSlots < 0 || Integer.bitCount(internSlots) > 1)
        {
            throw new IllegalArgumentException("internSlots must be 0 or a power of two, was " + internSlots);
        }
        internedStrings = internSlots == 0 ? null : new String[internSlots];
        internedBytes = internSlots == 0 ? null : new byte[internSlots][];
    }

    public BinaryReader wrap(final byte[] bytes, final int length)
    {
        buffer.wrap(bytes, 0, length);
        offset = 0;
        limit = length;
        return this;
    }

    /** Reads {@code length} bytes of {@code bytes} from {@code start}: a body behind a header. */
    public BinaryReader wrap(final byte[] bytes, final int start, final int length)
    {
        buffer.wrap(bytes, start, length);
        offset = 0;
        limit = length;
        return this;
    }

    public int remaining()
    {
        return limit - offset;
    }

    public byte getByte()
    {
        final byte value = buffer.getByte(offset);
        offset += Byte.BYTES;
        return value;
    }

    public boolean getBoolean()
    {
        return getByte() != 0;
    }

    public int getInt()
    {
        final int value = buffer.getInt(offset);
        offset += Integer.BYTES;
        return value;
    }

    public long getLong()
    {
        final long value = buffer.getLong(offset);
        offset += Long.BYTES;
        return value;
    }

    public double getDouble()
    {
        final double value = buffer.getDouble(offset);
        offset += Double.BYTES;
        return value;
    }

    public String getString()
    {
        final int length = buffer.getInt(offset);
        if (length == -1)
        {
            offset += Integer.BYTES;
            return null;
        }
        if (length < 0 || length > limit - offset - Integer.BYTES)
        {
            throw new IllegalStateException("string length " + length + " at offset " + offset + " overruns the record");
        }
        final String value = internedStrings != null && length <= MAX_INTERNED_BYTES ?
            interned(offset + Integer.BYTES, length) : buffer.getStringUtf8(offset, length);
        offset += Integer.BYTES + length;
        return value;
    }

    private String interned(final int start, final int length)
    {
        int hash = length;
        for (int i = 0; i < length; i++)
        {
            hash = 31 * hash + buffer.getByte(start + i);
        }
        final int slot = (hash ^ (hash >>> 16)) & (internedStrings.length - 1);
        final byte[] cached = internedBytes[slot];
        if (cached != null && cached.length == length && sameBytes(cached, start))
        {
            return internedStrings[slot];
        }
        final byte[] bytes = new byte[length];
        buffer.getBytes(start, bytes);
        final String value = new String(bytes, StandardCharsets.UTF_8);
        internedBytes[slot] = bytes;
        internedStrings[slot] = value;
        return value;
    }

    private boolean sameBytes(final byte[] cached, final int start)
    {
        for (int i = 0; i < cached.length; i++)
        {
            if (cached[i] != buffer.getByte(start + i))
            {
                return false;
            }
        }
        return true;
    }

    public <E extends Enum<E>> E getEnum(final E[] values)
    {
        final int ordinal = getByte();
        if (ordinal == -1)
        {
            return null;
        }
        if (ordinal < 0 || ordinal >= values.length)
        {
            throw new IllegalStateException("enum ordinal " + ordinal + " out of range at offset " + (offset - 1));
        }
        return values[ordinal];
    }
}
