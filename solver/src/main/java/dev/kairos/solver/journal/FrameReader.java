package dev.kairos.solver.journal;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.Envelope;
import dev.kairos.solver.wire.BinaryReader;
import dev.kairos.solver.wire.CommandCodec;
import net.openhft.chronicle.bytes.Bytes;

import static dev.kairos.solver.journal.RecordFormat.HEADER_LENGTH;

/**
 * Checks one Chronicle document against our frame (length, checksum, expected position) and
 * decodes its payload. Shared by the journal's replay and by {@link JournalReader}, so the writer
 * and every follower trust exactly the same records. One instance per reading thread.
 */
final class FrameReader
{
    private final BinaryReader reader = new BinaryReader();
    private final RecordFormat format = new RecordFormat();
    private byte[] buffer = new byte[1024];
    // The record last accepted, held here rather than in a new CommandCodec.Decoded for each of the millions replay reads.
    private Command command;
    private Effects effects;
    private Envelope envelope;

    /** Null when the frame is sound ({@link #command()} and the rest then hold it), else what is wrong with it. */
    String read(final Bytes<?> bytes, final long expected)
    {
        final long length = bytes.readRemaining();
        if (length < HEADER_LENGTH)
        {
            return "record of " + length + " bytes is shorter than its header";
        }
        if (length > Integer.MAX_VALUE)
        {
            return "record of " + length + " bytes is too long";
        }
        final int frameLength = (int)length;
        if (buffer.length < frameLength)
        {
            buffer = new byte[Math.max(frameLength, buffer.length * 2)];
        }
        bytes.read(buffer, 0, frameLength);
        reader.wrap(buffer, frameLength);
        final long position = reader.getLong();
        final int payloadLength = reader.getInt();
        final int crc = reader.getInt();
        if (payloadLength != frameLength - HEADER_LENGTH)
        {
            return "payload length " + payloadLength + " in a record of " + frameLength + " bytes";
        }
        if (crc != format.checksum(buffer, frameLength))
        {
            return "checksum mismatch";
        }
        if (position != expected)
        {
            return "position " + position + " where " + expected + " was expected";
        }
        try
        {
            envelope = CommandCodec.envelope(reader);
            command = CommandCodec.command(reader);
            effects = CommandCodec.effects(reader);
            return null;
        }
        catch (final RuntimeException ex)
        {
            return "undecodable record (" + ex.getMessage() + ")";
        }
    }

    /** The command of the record {@link #read} last accepted. */
    Command command()
    {
        return command;
    }

    /** Its effects. */
    Effects effects()
    {
        return effects;
    }

    /** Its envelope. */
    Envelope envelope()
    {
        return envelope;
    }
}
