package dev.kairos.solver.journal;

import java.util.zip.CRC32C;

/**
 * Our frame inside each Chronicle document: {@code [long position][int payloadLength][int crc32c]
 * [payload]}. The checksum covers the position, the length and the payload, so a flipped bit
 * anywhere in the frame is caught; Chronicle hides half-written documents but not damaged ones.
 */
final class RecordFormat
{
    static final int POSITION_OFFSET = 0;
    static final int LENGTH_OFFSET = 8;
    static final int CRC_OFFSET = 12;
    static final int HEADER_LENGTH = 16;

    private final CRC32C crc = new CRC32C();

    int checksum(final byte[] frame, final int frameLength)
    {
        crc.reset();
        crc.update(frame, 0, CRC_OFFSET);
        crc.update(frame, HEADER_LENGTH, frameLength - HEADER_LENGTH);
        return (int)crc.getValue();
    }
}
