package dev.kairos.solver.state;

import dev.kairos.solver.wire.BinaryWriter;
import dev.kairos.solver.wire.EntityCodec;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * SHA-256 over every field of every entity, in id order, plus the engine's counters. Two states
 * with the same digest are the same state; a restart that replays the journal must reach the
 * digest it had before. Engine thread only.
 */
public final class StateDigest
{
    private StateDigest()
    {
    }

    public static String of(final LiveState state)
    {
        final MessageDigest sha256 = newSha256();
        final BinaryWriter out = new BinaryWriter();
        out.reset();
        out.putLong(state.position());
        out.putLong(state.time());
        out.putLong(state.ticketsCreated());
        sha256.update(out.array(), 0, out.length());
        digest(sha256, out, state.tickets(), Ticket::id, EntityCodec::putTicket);
        digest(sha256, out, state.engineers(), Engineer::id, EntityCodec::putEngineer);
        digest(sha256, out, state.depots(), Depot::id, EntityCodec::putDepotBeforeCounters);
        digest(sha256, out, state.apiKeys(), ApiKey::id, EntityCodec::putApiKey);
        digest(sha256, out, state.plan().routes(), Route::engineerId, EntityCodec::putRoute);
        digest(sha256, out, state.plan().unassigned().entrySet(), Map.Entry::getKey, StateDigest::putEntry);
        digest(sha256, out, state.plan().pins().entrySet(), Map.Entry::getKey, StateDigest::putEntry);
        digest(sha256, out, state.sla().policies(), dev.kairos.solver.sla.SlaPolicy::id, dev.kairos.solver.wire.SlaCodec::putPolicy);
        digest(sha256, out, state.sla().calendars(), CalendarEntry::name, dev.kairos.solver.wire.SlaCodec::putCalendar);
        digest(sha256, out, state.sla().tickets(), dev.kairos.solver.sla.TicketSla::ticketId,
            dev.kairos.solver.wire.SlaCodec::putTicketSla);
        digest(sha256, out, state.timeline().all(), TicketTimeline::id, dev.kairos.solver.wire.SlaCodec::putTimeline);
        digest(sha256, out, state.idempotency().all(), IdempotentRequest::id, EntityCodec::putIdempotentRequest);
        digest(sha256, out, state.stock().reservations(), PartsReservation::id, dev.kairos.solver.wire.PartsCodec::putReservation);
        digest(sha256, out, state.stock().pending(), id -> id, BinaryWriter::putString);
        out.reset();
        dev.kairos.solver.wire.SettingsCodec.putArea(out, state.area());
        sha256.update(out.array(), 0, out.length());
        digest(sha256, out, state.webhooks().all(), WebhookState::id, dev.kairos.solver.wire.SettingsCodec::putWebhook);
        counters(sha256, out, state.depots());
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static <T> void digest(
        final MessageDigest sha256,
        final BinaryWriter out,
        final Collection<T> entities,
        final Function<T, String> id,
        final BiConsumer<BinaryWriter, T> encoder)
    {
        final List<T> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparing(id));
        out.reset();
        out.putInt(sorted.size());
        sha256.update(out.array(), 0, out.length());
        for (final T entity : sorted)
        {
            out.reset();
            encoder.accept(out, entity);
            sha256.update(out.array(), 0, out.length());
        }
    }

    /**
     * The depots whose counter time is not the default, by id, and nothing when none is: a state from
     * a journal written before depots had their own counter time digests exactly as it did then.
     */
    private static void counters(final MessageDigest sha256, final BinaryWriter out, final Collection<Depot> depots)
    {
        final List<Depot> own = new ArrayList<>();
        for (final Depot depot : depots)
        {
            if (depot.counterMillis() != dev.kairos.solver.command.PutDepot.DEFAULT_COUNTER_MILLIS)
            {
                own.add(depot);
            }
        }
        if (!own.isEmpty())
        {
            digest(sha256, out, own, Depot::id, (writer, depot) ->
            {
                writer.putString(depot.id());
                writer.putLong(depot.counterMillis());
            });
        }
    }

    private static void putEntry(final BinaryWriter out, final Map.Entry<String, String> entry)
    {
        out.putString(entry.getKey());
        out.putString(entry.getValue());
    }

    static MessageDigest newSha256()
    {
        try
        {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("every JDK has SHA-256", ex);
        }
    }
}
