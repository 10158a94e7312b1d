package dev.kairos.solver.state;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Role;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.SlaFixtures;
import dev.kairos.solver.command.PutCalendar;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.CalendarSpec;
import dev.kairos.solver.sla.ClockKind;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.PolicySpec;
import dev.kairos.solver.sla.SlaEventKind;
import dev.kairos.solver.sla.SlaMoment;
import dev.kairos.solver.sla.TicketSla;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StateDigestTest
{
    @Test
    void shouldChangeWhenAnyFieldOfAnyEntityChanges() throws Exception
    {
        final LiveState state = sampleState();
        final String original = StateDigest.of(state);
        final Set<String> seen = new HashSet<>(Set.of(original));
        final List<String> unchanged = new ArrayList<>();
        int variants = 0;

        for (final Object entity : List.of(
            state.ticket("T-1"), state.engineer("E-1"), state.depot("D-1"), state.apiKey("K-1"), state.route("E-1"),
            state.idempotency().all().iterator().next()))
        {
            for (final Object variant : RecordVariants.of(entity))
            {
                variants++;
                final LiveState copy = sampleState();
                copy.restore(variant);
                final String digest = StateDigest.of(copy);
                if (!seen.add(digest))
                {
                    unchanged.add(variant.toString());
                }
            }
        }

        assertThat(variants).as("variants tried").isGreaterThan(40);
        assertThat(unchanged).as("variants whose digest did not change").isEmpty();
    }

    @Test
    void shouldChangeWhenAnyFieldOfAnySlaEntityChanges() throws Exception
    {
        final LiveState state = slaState();
        final Set<String> seen = new HashSet<>(Set.of(StateDigest.of(state)));
        final List<String> unchanged = new ArrayList<>();
        final List<Object> entities = new ArrayList<>(List.of(
            state.sla().ticket("T-1"), state.sla().policy("gold"), state.sla().calendar("office")));
        final long at = RandomCommands.START;
        final SlaMoment moment = new SlaMoment(ClockKind.RESPONSE, SlaEventKind.ESCALATION, 0, 0, 2, at);
        for (final TicketEvent event : List.of(
            new TicketEvent.Created(at, 1, "gold"), new TicketEvent.Updated(at, 2),
            new TicketEvent.StatusChanged(at, 3, TicketStatus.ON_SITE, "E-1"), new TicketEvent.Cancelled(at, 4, "why"),
            new TicketEvent.Assigned(at, 5, "E-1"), new TicketEvent.Unassigned(at, 6, "E-1"), new TicketEvent.Dispatched(at, 7, "E-1"),
            new TicketEvent.SlaFired(at, 8, moment, EscalationAction.FORCE_DISPATCH, "ops", Priority.P2, "E-1")))
        {
            // A second, distinct event, so that dropping the first leaves a different timeline for each.
            entities.add(new TicketTimeline("T-1", List.of(event, new TicketEvent.Updated(at, 100 + event.position()))));
            entities.add(new TicketTimeline("T-1", List.of(event, new TicketEvent.Updated(at, 200 + event.position())),
                java.util.Arrays.asList("key-1", null)));
        }
        int variants = 0;
        for (final Object entity : entities)
        {
            for (final Object variant : RecordVariants.of(entity))
            {
                variants++;
                final LiveState copy = slaState();
                copy.restore(variant);
                if (!seen.add(StateDigest.of(copy)))
                {
                    unchanged.add(variant.toString());
                }
            }
        }

        assertThat(variants).as("variants tried").isGreaterThan(60);
        assertThat(unchanged).as("variants whose digest did not change").isEmpty();
    }

    /** A calendar, a policy with a chain, and a ticket under it that is waiting, with a step fired. */
    private static LiveState slaState()
    {
        final LiveState state = sampleState();
        final long at = RandomCommands.START;
        final CalendarSpec office = new CalendarSpec("Europe/London", Map.of("MONDAY",
            List.of(new CalendarSpec.Interval("09:00", "17:00"))), List.of("2026-12-25"));
        state.apply(new PutCalendar(at, "office", office), Effects.NONE, 6);
        final PolicySpec gold = SlaFixtures.policy(Duration.ofHours(2), Duration.ofHours(8), "office", List.of(50, 75),
            SlaFixtures.step(ClockKind.RESPONSE, 50, Duration.ofMinutes(5), EscalationAction.NOTIFY, Duration.ofMinutes(30)));
        state.apply(new PutSlaPolicy(at, "gold", gold, false), Effects.NONE, 7);
        state.apply(new CreateTicket(at, new RandomCommands(12).ticketSpec()), new Effects("T-1"), 8);
        final TicketSla sla = state.sla().ticket("T-1")
            .fired(new SlaMoment(ClockKind.RESPONSE, SlaEventKind.ESCALATION, 0, 0, 1, at + 1), at + 2)
            .withStatus(TicketStatus.ON_SITE, TicketStatus.WAITING_PARTS, at + 3);
        state.restore(sla);
        return state;
    }

    @Test
    void shouldBeEqualForStatesBuiltFromTheSameCommands()
    {
        assertThat(StateDigest.of(sampleState())).isEqualTo(StateDigest.of(sampleState()));
    }

    /**
     * The digest of {@link #sampleState} as the build before depots had counter times computed it
     * (commit d8ddf1a): its depots take the default, so a journal written then replays to the digest it
     * reached then.
     */
    @Test
    void shouldDigestDepotsAtTheDefaultCounterTimeAsBeforeDepotsHadOne()
    {
        assertThat(StateDigest.of(sampleState())).isEqualTo("f9f8357d6c22d53465b3af49f0d5f6646bd10d88cc4f839df87e4bbbe1289e24");
    }

    @Test
    void shouldChangeWithADepotsCounterTime()
    {
        final LiveState a = sampleState();
        final LiveState b = sampleState();
        final Depot depot = b.depot("D-2");
        b.restore(new Depot(depot.id(), depot.location(), depot.stock(), depot.tools(), 0, depot.updatedAt(), depot.position()));
        assertThat(StateDigest.of(a)).isNotEqualTo(StateDigest.of(b));
    }

    @Test
    void shouldChangeWithEngineCounters()
    {
        final LiveState a = sampleState();
        final LiveState b = sampleState();
        b.apply(new PutDepot(RandomCommands.START + 5, "D-1", new Location(1, 1), Stock.of(Map.of())), Effects.NONE, 6);
        assertThat(StateDigest.of(a)).isNotEqualTo(StateDigest.of(b));
    }

    private static LiveState sampleState()
    {
        final RandomCommands random = new RandomCommands(11);
        final LiveState state = new LiveState();
        final long at = RandomCommands.START;
        state.apply(new CreateTicket(at, random.ticketSpec()), new Effects("T-1"), 1);
        state.apply(new PutEngineer(at, "E-1", random.engineerSpec()), Effects.NONE, 2);
        state.apply(new PutDepot(at, "D-1", new Location(51.5, -0.1), Stock.of(Map.of("fuse", 3)),
            dev.kairos.solver.domain.Tools.of(List.of("meter"))), Effects.NONE, 3);
        state.apply(new PutApiKey(at, "K-1", "field", "ab12", Role.ENGINEER, "E-1", List.of("north")), Effects.NONE, 4);
        state.apply(new PutDepot(at, "D-2", new Location(51.4, -0.2), Stock.of(Map.of())), Effects.NONE,
            new dev.kairos.solver.command.Envelope("K-1", "retry-1", "cafe"), 5);
        state.restore(new Route("E-1", java.util.List.of(new Stop("T-1", at + 10, at + 20, at + 30, new Stop.PickUp("D-1",
            Stock.of(Map.of("fuse", 1)), dev.kairos.solver.domain.Tools.of(List.of("meter"))))), 0, at, at + 40, 15, 4));
        return state;
    }
}
