package dev.kairos.solver.wire;

import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.ChangeEngineerStatus;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.DispatchVisit;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.Envelope;
import dev.kairos.solver.command.RevokeApiKey;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.PlanUpdate;
import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.PutWebhook;
import dev.kairos.solver.command.WebhookDelivered;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.command.DeleteSlaPolicy;
import dev.kairos.solver.command.FireSla;
import dev.kairos.solver.command.PutCalendar;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Role;
import dev.kairos.solver.domain.TicketStatus;

import java.util.List;

import static dev.kairos.solver.wire.ValueCodec.*;

/**
 * The journal's payload: a format version, the {@link Envelope} (from version 2: who sent the
 * command, its idempotency key and request hash), a command tag, the command's fields, then the
 * engine's {@link Effects}. This file is the journal schema; change it only by adding a tag or a
 * version, so that every journal ever written still replays: version-1 records read with
 * {@link Envelope#NONE}.
 */
public final class CommandCodec
{
    public static final byte VERSION = 2;
    /** Records without an envelope, written before actors and idempotency keys were journaled. */
    static final byte VERSION_1 = 1;

    private static final byte CREATE_TICKET = 1;
    private static final byte UPDATE_TICKET = 2;
    private static final byte CANCEL_TICKET = 3;
    private static final byte PUT_ENGINEER = 4;
    private static final byte PUT_DEPOT = 5;
    private static final byte ENGINEER_LOCATION = 6;
    private static final byte ENGINEER_STATUS = 7;
    private static final byte PUT_API_KEY = 8;
    private static final byte DISPATCH_VISIT = 10;
    private static final byte TICKET_PROGRESS = 11;
    private static final byte PUT_SLA_POLICY = 12;
    private static final byte DELETE_SLA_POLICY = 13;
    private static final byte PUT_CALENDAR = 14;
    private static final byte FIRE_SLA = 15;
    private static final byte PIN_TICKET = 16;
    /** A ticket from a named source system: tag 1's fields, then the source. */
    private static final byte CREATE_SOURCED_TICKET = 17;
    // Push's tags start at 20, clear of the ones other work adds after 16.
    private static final byte PUT_WEBHOOK = 20;
    private static final byte WEBHOOK_DELIVERED = 21;
    // API keys with an engineer and regions (tag 8 stays readable), and revocation.
    private static final byte PUT_SCOPED_API_KEY = 22;
    private static final byte REVOKE_API_KEY = 23;
    /** A ticket created pinned to an engineer: tag 1's fields, the source (or null), then the engineer. */
    private static final byte CREATE_PINNED_TICKET = 39;
    // The gateway's tags 32-35 live in KeyCodec (32, 33, 35) and TicketPatchCodec (34); the area's 36 in SettingsCodec;
    // a depot that lends tools, 37, and one with its own counter time, 38, in PartsCodec (tag 5 stays for depots with
    // neither, and 37 for lenders at the default counter time, so their records are unchanged).

    private static final Priority[] PRIORITIES = Priority.values();
    private static final EngineerStatus[] ENGINEER_STATUSES = EngineerStatus.values();
    private static final Role[] ROLES = Role.values();
    private static final TicketStatus[] TICKET_STATUSES = TicketStatus.values();

    private CommandCodec()
    {
    }

    /** A decoded payload. */
    public record Decoded(Command command, Effects effects, Envelope envelope)
    {
    }

    public static void encode(final Command command, final Effects effects, final BinaryWriter out)
    {
        encode(command, effects, Envelope.NONE, out);
    }

    public static void encode(final Command command, final Effects effects, final Envelope envelope, final BinaryWriter out)
    {
        encode(command, effects, envelope, out, VERSION);
    }

    /** In a given format version: tests write version 1 to prove old journals still replay. */
    static void encode(final Command command, final Effects effects, final Envelope envelope, final BinaryWriter out,
                       final byte format)
    {
        out.putByte(format);
        KeyCodec.putEnvelope(out, envelope, format >= VERSION);
        switch (command)
        {
            case CreateTicket c ->
            {
                final boolean pinned = c.engineerId() != null;
                final boolean sourced = c.spec().source() != null;
                out.putByte(pinned ? CREATE_PINNED_TICKET : sourced ? CREATE_SOURCED_TICKET : CREATE_TICKET);
                out.putLong(c.at());
                putTicketSpec(out, c.spec());
                if (sourced || pinned)
                {
                    out.putString(c.spec().source());
                }
                if (pinned)
                {
                    out.putString(c.engineerId());
                }
            }
            case UpdateTicket c -> TicketPatchCodec.putUpdate(out, c, UPDATE_TICKET);
            case CancelTicket c ->
            {
                out.putByte(CANCEL_TICKET);
                out.putLong(c.at());
                out.putString(c.ticketId());
                out.putString(c.reason());
            }
            case PutEngineer c ->
            {
                out.putByte(PUT_ENGINEER);
                out.putLong(c.at());
                out.putString(c.engineerId());
                putEngineerSpec(out, c.spec());
            }
            case PutDepot c when !c.tools().isEmpty() || c.counterMillis() != PutDepot.DEFAULT_COUNTER_MILLIS -> PartsCodec.put(out, c);
            case PutDepot c ->
            {
                out.putByte(PUT_DEPOT);
                out.putLong(c.at());
                out.putString(c.depotId());
                putLocation(out, c.location());
                putStock(out, c.stock());
            }
            case EngineerLocation c ->
            {
                out.putByte(ENGINEER_LOCATION);
                out.putLong(c.at());
                out.putString(c.engineerId());
                putLocation(out, c.location());
                out.putLong(c.measuredAt());
            }
            case ChangeEngineerStatus c ->
            {
                out.putByte(ENGINEER_STATUS);
                out.putLong(c.at());
                out.putString(c.engineerId());
                out.putEnum(c.status());
            }
            case PutApiKey c -> KeyCodec.putApiKey(out, c, format < VERSION ? PUT_API_KEY
                : c.hasOwnLimits() ? KeyCodec.PUT_LIMITED_API_KEY : PUT_SCOPED_API_KEY);
            case dev.kairos.solver.command.SetKeyLimits c -> KeyCodec.putLimits(out, c);
            case RevokeApiKey c ->
            {
                out.putByte(REVOKE_API_KEY);
                out.putLong(c.at());
                out.putString(c.keyId());
            }
            case PlanUpdate c -> PlanCodec.put(out, c);
            case DispatchVisit c ->
            {
                out.putByte(DISPATCH_VISIT);
                out.putLong(c.at());
                out.putString(c.engineerId());
                out.putString(c.ticketId());
            }
            case TicketProgress c ->
            {
                out.putByte(TICKET_PROGRESS);
                out.putLong(c.at());
                out.putString(c.ticketId());
                out.putEnum(c.to());
                putLocation(out, c.location());
                out.putString(c.report());
                putStock(out, c.partsUsed());
            }
            case PinTicket c ->
            {
                out.putByte(PIN_TICKET);
                out.putLong(c.at());
                out.putString(c.ticketId());
                out.putString(c.engineerId());
            }
            case PutSlaPolicy c ->
            {
                out.putByte(PUT_SLA_POLICY);
                out.putLong(c.at());
                out.putString(c.policyId());
                SlaCodec.putPolicySpec(out, c.spec());
                out.putBoolean(c.reapply());
            }
            case DeleteSlaPolicy c ->
            {
                out.putByte(DELETE_SLA_POLICY);
                out.putLong(c.at());
                out.putString(c.policyId());
            }
            case PutCalendar c ->
            {
                out.putByte(PUT_CALENDAR);
                out.putLong(c.at());
                out.putString(c.name());
                SlaCodec.putCalendarSpec(out, c.spec());
            }
            case FireSla c ->
            {
                out.putByte(FIRE_SLA);
                out.putLong(c.at());
                out.putString(c.ticketId());
                SlaCodec.putMoment(out, c.moment());
            }
            case PutWebhook c ->
            {
                out.putByte(PUT_WEBHOOK);
                out.putLong(c.at());
                out.putString(c.webhookId());
                out.putString(c.url());
                putStrings(out, c.types());
                out.putString(c.secret());
            }
            case WebhookDelivered c ->
            {
                out.putByte(WEBHOOK_DELIVERED);
                out.putLong(c.at());
                out.putString(c.webhookId());
                out.putLong(c.through());
            }
            case dev.kairos.solver.command.WebhookFailed c -> KeyCodec.putWebhookFailed(out, c);
            case dev.kairos.solver.command.SetArea c -> SettingsCodec.put(out, c);
            // Stock's tags are 28-31, in PartsCodec.
            case dev.kairos.solver.command.SetVanStock c -> PartsCodec.put(out, c);
            case dev.kairos.solver.command.TransferStock c -> PartsCodec.put(out, c);
            case dev.kairos.solver.command.ReserveParts c -> PartsCodec.put(out, c);
            case dev.kairos.solver.command.RestockDepot c -> PartsCodec.put(out, c);
        }
        putEffects(out, effects);
    }

    private static void putEffects(final BinaryWriter out, final Effects effects)
    {
        out.putString(effects.ticketId());
        PlanCodec.putRoutePlans(out, effects.routes());
        out.putString(effects.unassignedReason());
    }

    private static Effects getEffects(final BinaryReader in)
    {
        final String ticketId = in.getId();
        final List<RoutePlan> routes = PlanCodec.getRoutePlans(in);
        final String unassignedReason = in.getString();
        // Most records (location pings, status changes) decide nothing: one shared instance for them.
        return ticketId == null && routes.isEmpty() && unassignedReason == null ? Effects.NONE
            : new Effects(ticketId, routes, unassignedReason);
    }

    public static Decoded decode(final BinaryReader in)
    {
        final Envelope envelope = envelope(in);
        final Command command = command(in);
        return new Decoded(command, effects(in), envelope);
    }

    /**
     * {@link #decode} in its three parts, called in this order on one payload: the envelope (after the
     * format version), the command, then the effects, which also checks that nothing is left over.
     * For the journal's readers, which hold the three themselves rather than a new {@link Decoded}
     * for every one of the millions of records a replay reads.
     */
    public static Envelope envelope(final BinaryReader in)
    {
        final byte version = in.getByte();
        if (version != VERSION && version != VERSION_1)
        {
            throw new IllegalStateException("unknown record version " + version);
        }
        return version == VERSION_1 ? Envelope.NONE : KeyCodec.getEnvelope(in);
    }

    /** The second part of {@link #decode}, after {@link #envelope}. */
    public static Command command(final BinaryReader in)
    {
        final byte tag = in.getByte();
        final long at = in.getLong();
        return switch (tag)
        {
            case CREATE_TICKET -> new CreateTicket(at, getTicketSpec(in));
            case CREATE_SOURCED_TICKET -> new CreateTicket(at, getTicketSpec(in).withSource(in.getString()));
            case CREATE_PINNED_TICKET -> new CreateTicket(at, getTicketSpec(in).withSource(in.getString()), in.getToken());
            case UPDATE_TICKET, TicketPatchCodec.UPDATE_TICKET_RESERVING -> TicketPatchCodec.getUpdate(tag, at, in);
            case CANCEL_TICKET -> new CancelTicket(at, in.getId(), in.getString());
            case PUT_ENGINEER -> new PutEngineer(at, in.getToken(), getEngineerSpec(in));
            case PUT_DEPOT -> new PutDepot(at, in.getString(), getLocation(in), getStock(in));
            case ENGINEER_LOCATION -> new EngineerLocation(at, in.getToken(), getLocation(in), in.getLong());
            case ENGINEER_STATUS -> new ChangeEngineerStatus(at, in.getToken(), in.getEnum(ENGINEER_STATUSES));
            case PUT_API_KEY -> new PutApiKey(at, in.getString(), in.getString(), in.getString(), in.getEnum(ROLES));
            case PUT_SCOPED_API_KEY -> KeyCodec.getScopedApiKey(at, in);
            case REVOKE_API_KEY -> new RevokeApiKey(at, in.getString());
            case KeyCodec.PUT_LIMITED_API_KEY -> KeyCodec.getLimitedApiKey(at, in);
            case KeyCodec.SET_KEY_LIMITS -> new dev.kairos.solver.command.SetKeyLimits(at, in.getString(), in.getDouble(),
                in.getDouble());
            case PlanCodec.PLAN_UPDATE -> PlanCodec.get(at, in);
            case DISPATCH_VISIT -> new DispatchVisit(at, in.getToken(), in.getId());
            case PIN_TICKET -> new PinTicket(at, in.getId(), in.getToken());
            case TICKET_PROGRESS -> new TicketProgress(at, in.getId(), in.getEnum(TICKET_STATUSES), getLocation(in),
                in.getString(), getStock(in));
            case PUT_SLA_POLICY -> new PutSlaPolicy(at, in.getString(), SlaCodec.getPolicySpec(in), in.getBoolean());
            case DELETE_SLA_POLICY -> new DeleteSlaPolicy(at, in.getString());
            case PUT_CALENDAR -> new PutCalendar(at, in.getString(), SlaCodec.getCalendarSpec(in));
            case FIRE_SLA -> new FireSla(at, in.getString(), SlaCodec.getMoment(in));
            case PUT_WEBHOOK -> new PutWebhook(at, in.getString(), in.getString(), getStrings(in), in.getString());
            case WEBHOOK_DELIVERED -> new WebhookDelivered(at, in.getString(), in.getLong());
            case KeyCodec.WEBHOOK_FAILED -> KeyCodec.getWebhookFailed(at, in);
            case SettingsCodec.SET_AREA -> SettingsCodec.get(at, in);
            case PartsCodec.SET_VAN_STOCK, PartsCodec.TRANSFER_STOCK, PartsCodec.RESERVE_PARTS, PartsCodec.RESTOCK_DEPOT,
                PartsCodec.PUT_LENDING_DEPOT, PartsCodec.PUT_DEPOT_WITH_COUNTER ->
                PartsCodec.get(tag, at, in);
            default -> throw new IllegalStateException("unknown command tag " + tag);
        };
    }

    /** The last part of {@link #decode}, after {@link #command}: the engine's effects, and nothing may follow them. */
    public static Effects effects(final BinaryReader in)
    {
        final Effects effects = getEffects(in);
        if (in.remaining() != 0)
        {
            throw new IllegalStateException(in.remaining() + " bytes left over after the record");
        }
        return effects;
    }

    static void putTicketSpec(final BinaryWriter out, final TicketSpec spec)
    {
        out.putString(spec.externalId());
        out.putString(spec.title());
        out.putEnum(spec.priority());
        out.putString(spec.tier());
        out.putString(spec.region());
        putLocation(out, spec.location());
        putRequirements(out, spec.skills());
        putStrings(out, spec.tools());
        putStock(out, spec.parts());
        out.putInt(spec.durationMinutes());
        putWindow(out, spec.window());
        out.putLong(spec.due());
    }

    static TicketSpec getTicketSpec(final BinaryReader in)
    {
        return new TicketSpec(
            in.getString(), in.getString(), in.getEnum(PRIORITIES), in.getToken(), in.getToken(),
            getLocation(in), getRequirements(in), getTokens(in), getStock(in), in.getInt(), getWindow(in),
            in.getLong());
    }

    static void putEngineerSpec(final BinaryWriter out, final EngineerSpec spec)
    {
        out.putString(spec.name());
        putLocation(out, spec.home());
        putSkills(out, spec.skills());
        putStrings(out, spec.tools());
        putShift(out, spec.shift());
        putStock(out, spec.stock());
        out.putInt(spec.capacity());
    }

    static EngineerSpec getEngineerSpec(final BinaryReader in)
    {
        return new EngineerSpec(
            in.getString(), getLocation(in), getSkills(in), getTokens(in), getShift(in), getStock(in), in.getInt());
    }
}
