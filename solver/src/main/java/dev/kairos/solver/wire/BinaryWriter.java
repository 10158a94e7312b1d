package dev.kairos.solver.wire;

import org.agrona.ExpandableArrayBuffer;

/** Appends little-endian values to a growable buffer; reused record after record. */
public final class BinaryWriter
{
    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(512);
    private int length;

    public BinaryWriter reset()
    {
        length = 0;
        return this;
    }

    public byte[] array()
    {
        return buffer.byteArray();
    }

    public int length()
    {
        return length;
    }

    public void putByte(final int value)
    {
        buffer.putByte(length, (byte)value);
        length += Byte.BYTES;
    }

    public void putBoolean(final boolean value)
    {
        putByte(value ? 1 : 0);
    }

    public void putInt(final int value)
    {
        buffer.putInt(length, value);
        length += Integer.BYTES;
    }

    /** Overwrites an int already written, e.g. a length known only at the end. */
    public void putIntAt(final int index, final int value)
    {
        buffer.putInt(index, value);
    }

    public void putLong(final long value)
    {
        buffer.putLong(length, value);
        length += Long.BYTES;
    }

    public void putDouble(final double value)
    {
        buffer.putDouble(length, value);
        length += Double.BYTES;
    }

    /** A length-prefixed UTF-8 string; null is written as length -1. */
    public void putString(final String value)
    {
        if (value == null)
        {
            putInt(-1);
            return;
        }
        final int chars = value.length();
        if (ascii(value, chars))
        {
            // The same bytes putStringUtf8 writes (its length prefix, then UTF-8, which is ASCII here) without the
            // encoded copy it makes first: ids, names and skus are ASCII, and those copies were the engine's largest
            // garbage per command after the fast path's (benchmarks/RESULTS.md, 2026-12-07 session 8).
            buffer.putInt(length, chars);
            buffer.putStringWithoutLengthAscii(length + Integer.BYTES, value);
            length += Integer.BYTES + chars;
            return;
        }
        length += buffer.putStringUtf8(length, value);
    }

    private static boolean ascii(final String value, final int chars)
    {
        for (int i = 0; i < chars; i++)
        {
            if (value.charAt(i) >= 0x80)
            {
                return false;
            }
        }
        return true;
    }

    public <E extends Enum<E>> void putEnum(final E value)
    {
        putByte(value == null ? -1 : value.ordinal());
    }
}
