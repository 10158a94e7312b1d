package dev.kairos.solver.state;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.command.PutCalendar;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.SlaFixtures;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Role;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.CalendarSpec;
import dev.kairos.solver.sla.ClockKind;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.PolicySpec;
import dev.kairos.solver.sla.SlaEventKind;
import dev.kairos.solver.sla.SlaMoment;
import dev.kairos.solver.snapshot.SnapshotCodec;
import dev.kairos.solver.snapshot.SnapshotImage;
import dev.kairos.solver.wire.BinaryWriter;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot holds every part of live state: every one-field change of every entity (the
 * digest test's {@link RecordVariants}) survives a snapshot round trip with its digest, and every
 * field of {@link LiveState} and its parts is one the snapshot knows. A field someone adds later
 * fails here until the snapshot covers it.
 */
class SnapshotCoverageTest
{
    /** The fields the snapshot writes, or rebuilds from what it writes, or that are not state (said why). */
    private static final Map<Class<?>, Set<String>> KNOWN = Map.of(
        LiveState.class, Set.of("tickets", "engineers", "depots", "apiKeys", "plan", "position", "time", "ticketsCreated", "sla",
            "timeline", "idempotency", "stock",
            "keyDirectory", // republished from apiKeys as they are restored
            "externalIds", // rebuilt from the tickets as they are restored
            "actor", // who sent the record being applied; set anew by every apply
            "area", "webhooks",
            "travel", // rebuilt from the area
            "planningSpecs", // a cache
            "depotAvailability", // a cache and what it was computed from
            "move", // applies pings: only the ping being applied
            "touched"), // the tickets the record being applied touches, for History
        Plan.class, Set.of("routes", "unassigned", "pins",
            "engineerOf", // rebuilt from the routes
            "unassignedIds"), // kept with unassigned as it is restored
        SlaBook.class, Set.of("policies", "calendars", "tickets",
            "deadlines", "directory", // rebuilt as tickets and calendars are restored
            "listener"), // the engine's wheel, rebuilt from the tickets at start
        Timeline.class, Set.of("byTicket"),
        Idempotency.class, Set.of("byId"),
        WebhookBook.class, Set.of("byId"),
        StockLedger.class, Set.of("reservations", "pending",
            "reserved", // totals per holder, recounted as reservations are restored
            "version")); // counts changes, for LiveState's depot cache only

    @Test
    void shouldKnowEveryFieldOfLiveState()
    {
        final List<String> unknown = new ArrayList<>();
        KNOWN.forEach((type, known) ->
        {
            for (final Field field : type.getDeclaredFields())
            {
                if (!Modifier.isStatic(field.getModifiers()) && !known.contains(field.getName()))
                {
                    unknown.add(type.getSimpleName() + "." + field.getName());
                }
            }
        });
        assertThat(unknown).as("new live-state fields: add them to SnapshotImage and SnapshotCodec (and bump its VERSION), "
            + "then to KNOWN here").isEmpty();
    }

    @Test
    void shouldRoundTripEveryVariantOfEveryEntity() throws Exception
    {
        final LiveState state = sampleState();
        final long at = RandomCommands.START;
        final SlaMoment moment = new SlaMoment(ClockKind.RESPONSE, SlaEventKind.ESCALATION, 0, 0, 2, at);
        final List<Object> entities = new ArrayList<>(List.of(state.ticket("T-1"), state.engineer("E-1"), state.depot("D-1"),
            state.apiKey("K-1"), state.route("E-1"), state.sla().ticket("T-1"), state.sla().policy("gold"),
            state.sla().calendar("office"), state.webhooks().get("W-1")));
        entities.add(new TicketTimeline("T-1", List.of(new TicketEvent.Created(at, 1, "gold"), new TicketEvent.Updated(at, 2),
            new TicketEvent.StatusChanged(at, 3, TicketStatus.ON_SITE, "E-1"), new TicketEvent.Cancelled(at, 4, "why"),
            new TicketEvent.Assigned(at, 5, "E-1"), new TicketEvent.Unassigned(at, 6, "E-1"), new TicketEvent.Dispatched(at, 7, "E-1"),
            new TicketEvent.SlaFired(at, 8, moment, EscalationAction.FORCE_DISPATCH, "ops", Priority.P2, "E-1"),
            new TicketEvent.StockMoved(at, 9, "stock.reserved", "E-1", "D-1", dev.kairos.solver.domain.Stock.of(
                java.util.Map.of("fuse", 2))))));
        final List<String> lost = new ArrayList<>();
        int variants = 0;
        for (final Object entity : entities)
        {
            for (final Object variant : RecordVariants.of(entity))
            {
                variants++;
                final LiveState copy = sampleState();
                copy.restore(variant);
                if (!StateDigest.of(copy).equals(StateDigest.of(roundTrip(copy))))
                {
                    lost.add(variant.toString());
                }
            }
        }
        assertThat(variants).as("variants tried").isGreaterThan(100);
        assertThat(lost).as("variants a snapshot round trip changed").isEmpty();
    }

    @Test
    void shouldRoundTripCountersPinsAndUnassigned()
    {
        final LiveState state = sampleState();
        assertThat(state.plan().pins()).isNotEmpty();
        assertThat(state.plan().unassigned()).isNotEmpty();
        final LiveState loaded = roundTrip(state);
        assertThat(loaded.position()).isEqualTo(state.position());
        assertThat(loaded.time()).isEqualTo(state.time());
        assertThat(loaded.ticketsCreated()).isEqualTo(state.ticketsCreated());
        assertThat(loaded.plan().pins()).isEqualTo(state.plan().pins());
        assertThat(loaded.plan().unassigned()).isEqualTo(state.plan().unassigned());
        assertThat(loaded.plan().engineerOf("T-1")).isEqualTo("E-1");
        assertThat(loaded.keyDirectory().find("ab12")).isEqualTo(state.apiKey("K-1"));
        assertThat(StateDigest.of(loaded)).isEqualTo(StateDigest.of(state));
    }

    @Test
    void shouldRoundTripAPlanarArea()
    {
        final LiveState state = new LiveState();
        state.apply(new dev.kairos.solver.command.SetArea(RandomCommands.START, dev.kairos.solver.domain.Coordinates.PLANAR, 60_000),
            Effects.NONE, 1);
        final LiveState loaded = roundTrip(state);
        assertThat(loaded.area()).isEqualTo(dev.kairos.solver.domain.Area.planar(60_000));
        assertThat(loaded.travel().millis(new Location(0, 0), new Location(3, 4))).as("5 units at a minute each").isEqualTo(300_000);
        assertThat(StateDigest.of(loaded)).isEqualTo(StateDigest.of(state)).isNotEqualTo(StateDigest.of(new LiveState()));
    }

    static LiveState roundTrip(final LiveState state)
    {
        final BinaryWriter body = new BinaryWriter();
        SnapshotCodec.encodeBody(SnapshotImage.capture(state, -1), body);
        return SnapshotCodec.decodeBody(body.array(), 0, body.length());
    }

    /** One of everything: a ticket on a route, a pinned and an unassigned one, a calendar, a policy, a key. */
    private static LiveState sampleState()
    {
        final RandomCommands random = new RandomCommands(11);
        final LiveState state = new LiveState();
        final long at = RandomCommands.START;
        final CalendarSpec office = new CalendarSpec("Europe/London", Map.of("MONDAY",
            List.of(new CalendarSpec.Interval("09:00", "17:00"))), List.of("2026-12-25"));
        state.apply(new PutCalendar(at, "office", office), Effects.NONE, 1);
        final PolicySpec gold = SlaFixtures.policy(Duration.ofHours(2), Duration.ofHours(8), "office", List.of(50, 75),
            SlaFixtures.step(ClockKind.RESPONSE, 50, Duration.ofMinutes(5), EscalationAction.NOTIFY, Duration.ofMinutes(30)));
        state.apply(new PutSlaPolicy(at, "gold", gold, false), Effects.NONE, 2);
        state.apply(new CreateTicket(at, random.ticketSpec()), new Effects("T-1"), 3);
        state.apply(new PutEngineer(at, "E-1", random.engineerSpec()), Effects.NONE, 4);
        state.apply(new PutDepot(at, "D-1", new Location(51.5, -0.1), Stock.of(Map.of("fuse", 3)),
            dev.kairos.solver.domain.Tools.of(List.of("meter"))), Effects.NONE, 5);
        state.apply(new PutApiKey(at, "K-1", "admin", "ab12", Role.ADMIN), Effects.NONE, 6);
        state.apply(new CreateTicket(at + 1, random.ticketSpec()), new Effects("T-2", List.of(), "no engineer has the skill"), 7);
        state.apply(new PinTicket(at + 2, "T-2", "E-1"), Effects.NONE, 8);
        state.apply(new dev.kairos.solver.command.PutWebhook(at + 3, "W-1", "http://127.0.0.1:9/hook", List.of("plan.*"), "s3cret"),
            Effects.NONE, 9);
        state.apply(new dev.kairos.solver.command.WebhookDelivered(at + 4, "W-1", 8), Effects.NONE, 10);
        state.restore(new Route("E-1", List.of(new Stop("T-1", at + 10, at + 20, at + 30, new Stop.PickUp("D-1",
            Stock.of(Map.of("fuse", 1)), dev.kairos.solver.domain.Tools.of(List.of("meter"))))), 0, at, at + 40, 15, 4));
        assertThat(state.sla().ticket("T-1").policy().id()).as("the ticket's SLA is on the configured policy").isEqualTo("gold");
        return state;
    }
}
