package dev.kairos.solver.snapshot;

import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.StateDigest;
import dev.kairos.solver.wire.BinaryReader;
import dev.kairos.solver.wire.BinaryWriter;
import dev.kairos.solver.wire.EntityCodec;
import dev.kairos.solver.wire.EntityReader;
import dev.kairos.solver.wire.SettingsCodec;
import dev.kairos.solver.wire.SlaCodec;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.CRC32C;

/**
 * A snapshot file: a fixed header, then the body, every section a count and its entities in the
 * journal's own entity encoding (little-endian, strings length-prefixed, enums by ordinal).
 * <pre>
 * offset  field
 *  0      int      magic "KSNP"
 *  4      int      format version
 *  8      long     journal position of the last record it holds
 * 16      long     Chronicle index of that record
 * 24      long     engine time at that position
 * 32      32 bytes SHA-256 state digest ({@link StateDigest})
 * 64      int      body length
 * 68      int      CRC32C of bytes 0..67 and the body
 * 72      body
 * </pre>
 * Exact offsets are the constants below. A new part of live state is a new section at the end and
 * a new {@link #VERSION}; a file of another version is skipped at start (an older snapshot or a full
 * replay serves instead), never misread. Stateless; any thread.
 */
public final class SnapshotCodec
{
    public static final int MAGIC = 0x504E534B;
    public static final int VERSION = 8;
    static final int VERSION_OFFSET = 4;
    static final int POSITION_OFFSET = 8;
    static final int INDEX_OFFSET = 16;
    static final int TIME_OFFSET = 24;
    static final int DIGEST_OFFSET = 32;
    static final int DIGEST_LENGTH = 32;
    static final int BODY_LENGTH_OFFSET = 64;
    static final int CRC_OFFSET = 68;
    public static final int HEADER_LENGTH = 72;

    /** What a header says, once its magic, version and length have been checked. */
    public record Header(long position, long chronicleIndex, long time, String digest, int bodyLength)
    {
    }

    private SnapshotCodec()
    {
    }

    /** Writes the body: every section of the image, in a fixed order. */
    public static void encodeBody(final SnapshotImage image, final BinaryWriter out)
    {
        out.putLong(image.position());
        out.putLong(image.time());
        out.putLong(image.ticketsCreated());
        section(out, image.tickets(), EntityCodec::putTicket);
        section(out, image.engineers(), EntityCodec::putEngineer);
        section(out, image.depots(), EntityCodec::putDepot);
        section(out, image.apiKeys(), EntityCodec::putApiKey);
        section(out, image.routes(), EntityCodec::putRoute);
        section(out, image.unassigned(), SnapshotCodec::putEntry);
        section(out, image.pins(), SnapshotCodec::putEntry);
        section(out, image.policies(), SlaCodec::putPolicy);
        section(out, image.calendars(), SlaCodec::putCalendar);
        section(out, image.ticketSlas(), SlaCodec::putTicketSla);
        section(out, image.timelines(), SlaCodec::putTimeline);
        section(out, image.idempotentRequests(), EntityCodec::putIdempotentRequest);
        section(out, image.reservations(), dev.kairos.solver.wire.PartsCodec::putReservation);
        section(out, image.awaitingReservation(), BinaryWriter::putString);
        SettingsCodec.putArea(out, image.area());
        section(out, image.webhooks(), SettingsCodec::putWebhook);
    }

    /** Rebuilds live state from a body; throws on a body that does not decode to its last byte. */
    public static LiveState decodeBody(final byte[] bytes, final int start, final int length)
    {
        final BinaryReader in = new BinaryReader().wrap(bytes, start, length);
        final EntityReader entities = new EntityReader();
        final LiveState state = new LiveState();
        state.restoreCounters(in.getLong(), in.getLong(), in.getLong());
        read(in, entities::ticket, state::restore);
        read(in, entities::engineer, state::restore);
        read(in, entities::depot, state::restore);
        read(in, entities::apiKey, state::restore);
        read(in, entities::route, state::restore);
        read(in, SnapshotCodec::getEntry, entry -> state.restoreUnassigned(entry.getKey(), entry.getValue()));
        read(in, SnapshotCodec::getEntry, entry -> state.restorePin(entry.getKey(), entry.getValue()));
        read(in, entities::policy, state::restore);
        read(in, entities::calendar, state::restore);
        read(in, entities::ticketSla, state::restore);
        read(in, entities::timeline, state::restore);
        read(in, entities::idempotentRequest, state::restore);
        read(in, dev.kairos.solver.wire.PartsCodec::getReservation, state::restore);
        read(in, BinaryReader::getString, ticketId -> state.stock().restorePending(ticketId));
        state.area(SettingsCodec.getArea(in));
        read(in, SettingsCodec::getWebhook, state::restore);
        if (in.remaining() != 0)
        {
            throw new IllegalStateException(in.remaining() + " bytes left over after the last section");
        }
        return state;
    }

    /** The header for a body already encoded: the digest is the state's, the CRC covers header and body. */
    public static byte[] header(final SnapshotImage image, final String digest, final byte[] body, final int bodyLength)
    {
        final byte[] header = new byte[HEADER_LENGTH];
        final UnsafeBuffer buffer = new UnsafeBuffer(header);
        buffer.putInt(0, MAGIC);
        buffer.putInt(VERSION_OFFSET, VERSION);
        buffer.putLong(POSITION_OFFSET, image.position());
        buffer.putLong(INDEX_OFFSET, image.chronicleIndex());
        buffer.putLong(TIME_OFFSET, image.time());
        buffer.putBytes(DIGEST_OFFSET, HexFormat.of().parseHex(digest));
        buffer.putInt(BODY_LENGTH_OFFSET, bodyLength);
        buffer.putInt(CRC_OFFSET, crc(header, body, 0, bodyLength));
        return header;
    }

    /**
     * Checks a header read from a file of {@code fileLength} bytes; throws {@link SnapshotDamagedException}
     * saying what is wrong. The CRC is checked by {@link #checkCrc} once the body is read.
     */
    public static Header readHeader(final byte[] header, final long fileLength)
    {
        if (fileLength < HEADER_LENGTH)
        {
            throw new SnapshotDamagedException("file of " + fileLength + " bytes is shorter than the header");
        }
        final UnsafeBuffer buffer = new UnsafeBuffer(header, 0, HEADER_LENGTH);
        if (buffer.getInt(0) != MAGIC)
        {
            throw new SnapshotDamagedException("not a snapshot (magic " + Integer.toHexString(buffer.getInt(0)) + ")");
        }
        if (buffer.getInt(VERSION_OFFSET) != VERSION)
        {
            throw new SnapshotDamagedException("format version " + buffer.getInt(VERSION_OFFSET) + ", this build reads " + VERSION);
        }
        final int bodyLength = buffer.getInt(BODY_LENGTH_OFFSET);
        if (bodyLength < 0 || HEADER_LENGTH + (long)bodyLength != fileLength)
        {
            throw new SnapshotDamagedException("body length " + bodyLength + " in a file of " + fileLength + " bytes (truncated?)");
        }
        final byte[] digest = new byte[DIGEST_LENGTH];
        buffer.getBytes(DIGEST_OFFSET, digest);
        return new Header(buffer.getLong(POSITION_OFFSET), buffer.getLong(INDEX_OFFSET), buffer.getLong(TIME_OFFSET),
            HexFormat.of().formatHex(digest), bodyLength);
    }

    /** The whole file (header then body) in one array. */
    public static void checkCrc(final byte[] file, final int bodyLength)
    {
        final int stored = new UnsafeBuffer(file, 0, HEADER_LENGTH).getInt(CRC_OFFSET);
        if (crc(file, file, HEADER_LENGTH, bodyLength) != stored)
        {
            throw new SnapshotDamagedException("CRC32C mismatch");
        }
    }

    /** Decodes a checked file and verifies that the state it gives has the digest its header promises. */
    public static LiveState decode(final byte[] file, final Header header)
    {
        final LiveState state;
        try
        {
            state = decodeBody(file, HEADER_LENGTH, header.bodyLength());
        }
        catch (final RuntimeException ex)
        {
            throw new SnapshotDamagedException("undecodable body (" + ex.getMessage() + ")");
        }
        if (state.position() != header.position())
        {
            throw new SnapshotDamagedException("body at position " + state.position() + ", header says " + header.position());
        }
        final String digest = StateDigest.of(state);
        if (!digest.equals(header.digest()))
        {
            throw new SnapshotDamagedException("state digest " + digest + ", header says " + header.digest());
        }
        return state;
    }

    private static int crc(final byte[] header, final byte[] body, final int bodyStart, final int bodyLength)
    {
        final CRC32C crc = new CRC32C();
        crc.update(header, 0, CRC_OFFSET);
        crc.update(body, bodyStart, bodyLength);
        return (int)crc.getValue();
    }

    private static <T> void section(final BinaryWriter out, final List<T> entities, final BiConsumer<BinaryWriter, T> encoder)
    {
        out.putInt(entities.size());
        for (final T entity : entities)
        {
            encoder.accept(out, entity);
        }
    }

    private static <T> void read(final BinaryReader in, final Function<BinaryReader, T> decoder, final Consumer<T> sink)
    {
        final int count = in.getInt();
        if (count < 0 || count > in.remaining())
        {
            throw new IllegalStateException("section count " + count + " with " + in.remaining() + " bytes left");
        }
        for (int i = 0; i < count; i++)
        {
            sink.accept(decoder.apply(in));
        }
    }

    private static void putEntry(final BinaryWriter out, final Map.Entry<String, String> entry)
    {
        out.putString(entry.getKey());
        out.putString(entry.getValue());
    }

    private static Map.Entry<String, String> getEntry(final BinaryReader in)
    {
        return Map.entry(in.getString(), in.getString());
    }
}
