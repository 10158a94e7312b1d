package dev.kairos.solver.state;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.SlaFixtures;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.DeleteSlaPolicy;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.PolicyMatch;
import dev.kairos.solver.sla.PolicySpec;
import dev.kairos.solver.sla.TicketSla;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.kairos.solver.SlaFixtures.matching;
import static dev.kairos.solver.SlaFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

class SlaBookTest
{
    private static final long T0 = RandomCommands.START;
    private static final long HOUR = 3_600_000L;
    private static final Location HERE = new Location(51.5, -0.1);
    private static final PolicySpec BASE = SlaFixtures.policy(Duration.ofHours(2), Duration.ofHours(8), "24x7", List.of(50));

    private final LiveState state = new LiveState();
    private long position;

    @Test
    void shouldGiveTheMostSpecificMatchingPolicyWithTiesToTheLowerRank()
    {
        put("any-gold", matching(BASE, new PolicyMatch(List.of(), List.of("gold"), List.of()), 5));
        put("north", matching(BASE, new PolicyMatch(List.of(), List.of(), List.of("north")), 1));
        put("gold-p1", matching(BASE, new PolicyMatch(List.of(Priority.P1), List.of("Gold"), List.of()), 9));
        put("everything", matching(BASE, PolicyMatch.ANY, 0));

        assertThat(state.sla().match(ticket(Priority.P1, "gold", null, HERE)).id()).isEqualTo("gold-p1");
        assertThat(state.sla().match(ticket(Priority.P2, "gold", "north", HERE)).id()).as("rank 1 beats rank 5").isEqualTo("north");
        assertThat(state.sla().match(ticket(Priority.P3, null, null, HERE)).id()).isEqualTo("everything");
    }

    @Test
    void shouldFallBackToTheBuiltInDefaultOfThePriority()
    {
        put("gold", matching(BASE, new PolicyMatch(List.of(), List.of("gold"), List.of()), 0));

        assertThat(state.sla().match(ticket(Priority.P3, "silver", null, HERE)).id()).isEqualTo("default-p3");
        assertThat(state.sla().policy("default-p1").builtIn()).isTrue();
        assertThat(state.sla().policy("default-p1").spec().resolutionTargetMillis()).isEqualTo(8 * HOUR);
    }

    @Test
    void shouldKeepATicketsPolicyWhenThePolicyChangesUnlessReapplied()
    {
        put("gold", BASE);
        create(ticket(Priority.P2, "gold", null, HERE));
        put("gold", SlaFixtures.policy(Duration.ofHours(1), Duration.ofHours(4), "24x7", List.of(50)));
        assertThat(state.sla().ticket("T-1").resolutionDue()).isEqualTo(T0 + 8 * HOUR);

        state.apply(new PutSlaPolicy(T0 + 2, "gold", SlaFixtures.policy(Duration.ofHours(1), Duration.ofHours(4), "24x7", List.of()), true),
            Effects.NONE, ++position);

        assertThat(state.sla().ticket("T-1").resolutionDue()).as("re-applied: new target on the same clock").isEqualTo(T0 + 4 * HOUR);
        state.apply(new DeleteSlaPolicy(T0 + 3, "gold"), Effects.NONE, ++position);
        assertThat(state.sla().ticket("T-1").policy().id()).as("tickets keep a deleted policy").isEqualTo("gold");
    }

    @Test
    void shouldListOpenTicketsByNextDeadlineSoonestFirst()
    {
        create(ticket(Priority.P4, null, null, HERE));
        create(ticket(Priority.P1, null, null, HERE));
        create(ticket(Priority.P2, null, null, HERE));
        state.apply(new TicketProgress(T0 + 5, "T-2", TicketStatus.CANCELLED, null, null, null), Effects.NONE, ++position);

        final List<String> atRisk = state.sla().deadlinesBetween(Long.MIN_VALUE, T0 + 9 * HOUR, 10).stream()
            .map(TicketSla::ticketId).toList();

        assertThat(atRisk).as("P2 responds in 8 h; P1 is cancelled; P4 not within 9 h").containsExactly("T-3");
        assertThat(state.sla().deadlinesBetween(Long.MIN_VALUE, Long.MAX_VALUE, 1)).hasSize(1);
    }

    @Test
    void shouldPlanToBeOnSiteByTheResponseDeadlineWhenCheckInMeetsIt()
    {
        final PolicySpec onSite = new PolicySpec("on-site", PolicyMatch.ANY, 0, 2 * HOUR, TicketStatus.ON_SITE, 8 * HOUR,
            "24x7", List.of(), PolicySpec.DEFAULT_PAUSE_ON, List.of(), BASE.reopen());
        put("on-site", onSite);
        final var spec = ticket(Priority.P2, null, null, HERE);

        assertThat(state.sla().previewDue(spec, T0)).as("on site in 2 h, then 30 min of work").isEqualTo(T0 + 2 * HOUR + HOUR / 2);
        create(spec);
        assertThat(state.planningSpec("T-1").due()).isEqualTo(T0 + 2 * HOUR + HOUR / 2);

        state.apply(new TicketProgress(T0 + HOUR, "T-1", TicketStatus.ON_SITE, null, null, null), Effects.NONE, ++position);
        assertThat(state.sla().ticket("T-1").arrivalDue()).as("met").isEqualTo(TicketSla.NEVER);
        assertThat(state.planningSpec("T-1").due()).as("then only the resolution counts").isEqualTo(T0 + 8 * HOUR);
    }

    @Test
    void shouldPlanAgainstTheResolutionAloneWhenItIsSoonerOrTheResponseIsNotMetOnSite()
    {
        put("accepted", BASE);
        create(ticket(Priority.P2, null, null, HERE));
        assertThat(state.planningSpec("T-1").due()).as("accepting meets the response: no arrival due").isEqualTo(T0 + 8 * HOUR);

        assertThat(TicketSla.planningDue(T0 + 2 * HOUR, T0 + 2 * HOUR, 30)).as("resolution sooner").isEqualTo(T0 + 2 * HOUR);
        assertThat(TicketSla.planningDue(T0 + 8 * HOUR, T0 + 2 * HOUR, 30)).isEqualTo(T0 + 2 * HOUR + HOUR / 2);
        assertThat(TicketSla.planningDue(T0 + 8 * HOUR, TicketSla.NEVER, 30)).isEqualTo(T0 + 8 * HOUR);
    }

    private void put(final String id, final PolicySpec spec)
    {
        state.apply(new PutSlaPolicy(T0, id, spec, false), Effects.NONE, ++position);
    }

    private void create(final dev.kairos.solver.command.TicketSpec spec)
    {
        state.apply(new CreateTicket(T0, spec), new Effects(state.nextTicketId()), ++position);
    }
}
