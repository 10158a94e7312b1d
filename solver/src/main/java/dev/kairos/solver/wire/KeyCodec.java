package dev.kairos.solver.wire;

import dev.kairos.solver.command.Envelope;
import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.command.SetKeyLimits;
import dev.kairos.solver.command.WebhookFailed;
import dev.kairos.solver.domain.Role;

import static dev.kairos.solver.wire.ValueCodec.getStrings;
import static dev.kairos.solver.wire.ValueCodec.putStrings;

/** The journal schema of the record envelope, of API keys and of webhook failures; part of {@link CommandCodec}. */
final class KeyCodec
{
    // The gateway's tags are 32-35.
    static final byte SET_KEY_LIMITS = 32;
    static final byte PUT_LIMITED_API_KEY = 33;
    /** A webhook failing one delivery N times in a row, for the stream and the other webhooks. */
    static final byte WEBHOOK_FAILED = 35;
    private static final Role[] ROLES = Role.values();

    private KeyCodec()
    {
    }

    static void putEnvelope(final BinaryWriter out, final Envelope envelope, final boolean hasEnvelope)
    {
        if (hasEnvelope)
        {
            out.putString(envelope.actor());
            out.putString(envelope.idempotencyKey());
            out.putString(envelope.requestHash());
        }
        else if (!envelope.equals(Envelope.NONE))
        {
            throw new IllegalArgumentException("version 1 records have no envelope");
        }
    }

    static Envelope getEnvelope(final BinaryReader in)
    {
        final String actor = in.getToken();
        final String idempotencyKey = in.getString();
        final String requestHash = in.getString();
        return actor == null && idempotencyKey == null ? Envelope.NONE : new Envelope(actor, idempotencyKey, requestHash);
    }

    /** Tag 8 (version 1) has no engineer nor regions; tag 22 has both; tag 33 adds the key's own rate limits. */
    static void putApiKey(final BinaryWriter out, final PutApiKey key, final byte tag)
    {
        out.putByte(tag);
        out.putLong(key.at());
        out.putString(key.keyId());
        out.putString(key.name());
        out.putString(key.sha256());
        out.putEnum(key.role());
        if (tag != 8)
        {
            out.putString(key.engineerId());
            putStrings(out, key.regions());
        }
        if (tag == PUT_LIMITED_API_KEY)
        {
            out.putDouble(key.rateLimit());
            out.putDouble(key.rateBurst());
        }
    }

    static PutApiKey getScopedApiKey(final long at, final BinaryReader in)
    {
        return new PutApiKey(at, in.getString(), in.getString(), in.getString(), in.getEnum(ROLES), in.getString(), getStrings(in));
    }

    static PutApiKey getLimitedApiKey(final long at, final BinaryReader in)
    {
        final PutApiKey scoped = getScopedApiKey(at, in);
        return new PutApiKey(at, scoped.keyId(), scoped.name(), scoped.sha256(), scoped.role(), scoped.engineerId(),
            scoped.regions(), in.getDouble(), in.getDouble());
    }

    static void putWebhookFailed(final BinaryWriter out, final WebhookFailed failed)
    {
        out.putByte(WEBHOOK_FAILED);
        out.putLong(failed.at());
        out.putString(failed.webhookId());
        out.putString(failed.event());
        out.putLong(failed.eventPosition());
        out.putString(failed.delivery());
        out.putInt(failed.attempts());
        out.putString(failed.lastError());
    }

    static WebhookFailed getWebhookFailed(final long at, final BinaryReader in)
    {
        return new WebhookFailed(at, in.getString(), in.getString(), in.getLong(), in.getString(), in.getInt(), in.getString());
    }

    static void putLimits(final BinaryWriter out, final SetKeyLimits limits)
    {
        out.putByte(SET_KEY_LIMITS);
        out.putLong(limits.at());
        out.putString(limits.keyId());
        out.putDouble(limits.rateLimit());
        out.putDouble(limits.rateBurst());
    }
}
