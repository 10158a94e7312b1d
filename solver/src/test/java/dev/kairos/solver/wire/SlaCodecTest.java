package dev.kairos.solver.wire;

import dev.kairos.solver.SlaFixtures;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.DeleteSlaPolicy;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.FireSla;
import dev.kairos.solver.command.PutCalendar;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.CalendarSpec;
import dev.kairos.solver.sla.ClockKind;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.EscalationStep;
import dev.kairos.solver.sla.PolicyMatch;
import dev.kairos.solver.sla.PolicySpec;
import dev.kairos.solver.sla.Reopen;
import dev.kairos.solver.sla.SlaEventKind;
import dev.kairos.solver.sla.SlaMoment;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SlaCodecTest
{
    @Test
    void shouldRoundTripEverySlaCommand()
    {
        final Map<String, List<CalendarSpec.Interval>> hours = new LinkedHashMap<>();
        hours.put("MONDAY", List.of(new CalendarSpec.Interval("08:00", "12:00"), new CalendarSpec.Interval("13:00", "17:30")));
        hours.put("SATURDAY", List.of(new CalendarSpec.Interval("10:00", "24:00")));
        final PolicySpec spec = new PolicySpec("gold p1", new PolicyMatch(List.of(Priority.P1, Priority.P2), List.of("gold"),
            List.of("north", "east")), 3, 7_200_000, TicketStatus.ON_SITE, 28_800_000, "office", List.of(25, 50, 100),
            List.of(TicketStatus.WAITING_PARTS), List.of(
                new EscalationStep(ClockKind.RESPONSE, 75, 0, EscalationAction.NOTIFY, EscalationStep.NO_REPEAT, "team"),
                SlaFixtures.step(ClockKind.RESOLUTION, EscalationStep.BREACH, Duration.ofMinutes(15),
                    EscalationAction.PAGE_SUPERVISOR, Duration.ofMinutes(30))), Reopen.RESTART);
        final List<Command> commands = List.of(
            new PutSlaPolicy(1, "gold-p1", spec, true),
            new PutSlaPolicy(2, "plain", SlaFixtures.policy(Duration.ofHours(4), Duration.ofHours(8), "24x7", List.of()), false),
            new DeleteSlaPolicy(3, "gold-p1"),
            new PutCalendar(4, "office", new CalendarSpec("Europe/London", hours, List.of("2026-12-25", "2026-12-26"))),
            new FireSla(5, "T-9", new SlaMoment(ClockKind.RESOLUTION, SlaEventKind.ESCALATION, 1, 3, 2, 123_456_789L)));
        final Effects effects = new Effects("T-9", List.of(new RoutePlan("E-1", List.of("T-1", "T-9"))), null);
        final BinaryWriter writer = new BinaryWriter();
        for (final Command command : commands)
        {
            CommandCodec.encode(command, effects, writer.reset());

            final CommandCodec.Decoded decoded = CommandCodec.decode(new BinaryReader().wrap(writer.array(), writer.length()));

            assertThat(decoded.command()).isEqualTo(command);
            assertThat(decoded.effects()).isEqualTo(effects);
        }
    }
}
