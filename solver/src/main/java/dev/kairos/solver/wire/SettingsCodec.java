package dev.kairos.solver.wire;

import dev.kairos.solver.command.SetArea;
import dev.kairos.solver.domain.Area;
import dev.kairos.solver.domain.Coordinates;
import dev.kairos.solver.state.WebhookState;

/**
 * The journal schema of the deployment's area (tag 36), and the snapshot form of the area and the
 * webhooks; part of {@link CommandCodec}.
 */
public final class SettingsCodec
{
    static final byte SET_AREA = 36;
    private static final Coordinates[] COORDINATES = Coordinates.values();

    private SettingsCodec()
    {
    }

    static void put(final BinaryWriter out, final SetArea c)
    {
        out.putByte(SET_AREA);
        out.putLong(c.at());
        putArea(out, c.area());
    }

    static SetArea get(final long at, final BinaryReader in)
    {
        final Area area = getArea(in);
        return new SetArea(at, area.coordinates(), area.unitMillis());
    }

    public static void putArea(final BinaryWriter out, final Area area)
    {
        out.putEnum(area.coordinates());
        out.putDouble(area.unitMillis());
    }

    public static Area getArea(final BinaryReader in)
    {
        return new Area(in.getEnum(COORDINATES), in.getDouble());
    }

    public static void putWebhook(final BinaryWriter out, final WebhookState webhook)
    {
        out.putString(webhook.id());
        out.putString(webhook.url());
        ValueCodec.putStrings(out, webhook.types());
        out.putString(webhook.secret());
        out.putLong(webhook.registeredAt());
        out.putLong(webhook.deliveredThrough());
    }

    public static WebhookState getWebhook(final BinaryReader in)
    {
        return new WebhookState(in.getString(), in.getString(), ValueCodec.getStrings(in), in.getString(), in.getLong(),
            in.getLong());
    }
}
