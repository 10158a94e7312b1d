package dev.kairos.solver.wire;

import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;

/** Reads what {@link BinaryWriter} wrote, in the same order. */
public final class BinaryReader
{
    private static final int TOKEN_SLOTS = 8192;
    private static final int ID_SLOTS = 16384;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
    private byte[] array = new byte[0];
    private int start;
    private int offset;
    private int limit;
    /** Made on first use: most readers (a snapshot's, a follower's) read few records. */
    private StringTable tokens;
    private StringTable ids;

    public BinaryReader wrap(final byte[] bytes, final int length)
    {
        buffer.wrap(bytes, 0, length);
        array = bytes;
        this.start = 0;
        offset = 0;
        limit = length;
        return this;
    }

    /** Reads {@code length} bytes of {@code bytes} from {@code start}: a body behind a header. */
    public BinaryReader wrap(final byte[] bytes, final int start, final int length)
    {
        buffer.wrap(bytes, start, length);
        array = bytes;
        this.start = start;
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
        // Straight from the wrapped array: Agrona's getStringUtf8 copies the bytes into a temporary array
        // first, one more allocation for each of the several strings every replayed record holds.
        final String value = new String(array, start + offset + Integer.BYTES, length, StandardCharsets.UTF_8);
        offset += Integer.BYTES + length;
        return value;
    }

    /**
     * As {@link #getString} for a field that takes few distinct values (an engineer's id, a tier, an
     * API key's id, a skill, tool or sku name): the same instance whenever the same bytes come back
     * ({@link StringTable}). Nine records in ten of a replay are an engineer's location ping.
     */
    public String getToken()
    {
        if (tokens == null)
        {
            tokens = new StringTable(TOKEN_SLOTS);
        }
        return getString(tokens);
    }

    /**
     * As {@link #getString} for ticket ids in what a record plans: a route lists its open tickets again
     * in every record that changes it, so the same few thousand ids recur; one instance each, shared by
     * the ticket, its stops and every plan that names it. Ids that do not recur churn this table only.
     */
    public String getId()
    {
        if (ids == null)
        {
            ids = new StringTable(ID_SLOTS);
        }
        return getString(ids);
    }

    private String getString(final StringTable table)
    {
        final int length = buffer.getInt(offset);
        if (length < 0 || length > StringTable.MAX_LENGTH || length > limit - offset - Integer.BYTES)
        {
            return getString();
        }
        final String value = table.get(array, start + offset + Integer.BYTES, length);
        offset += Integer.BYTES + length;
        return value;
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
