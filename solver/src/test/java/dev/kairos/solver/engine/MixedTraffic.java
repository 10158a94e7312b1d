package dev.kairos.solver.engine;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.SlaFixtures;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.PutCalendar;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.CalendarSpec;
import dev.kairos.solver.sla.ClockKind;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.EscalationStep;
import dev.kairos.solver.sla.PolicyMatch;
import dev.kairos.solver.sla.PolicySpec;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded traffic that reaches every part of live state: tickets, engineers, depots and keys
 * ({@link RandomCommands}), plus SLA policies of minutes on a business calendar, field-flow steps
 * and pins, so routes, unassigned reasons, pins, SLA clocks and timelines all fill up.
 */
final class MixedTraffic
{
    private static final TicketStatus[] STEPS = {TicketStatus.ACCEPTED, TicketStatus.EN_ROUTE, TicketStatus.ON_SITE,
        TicketStatus.WAITING_CUSTOMER, TicketStatus.WAITING_PARTS, TicketStatus.COMPLETED, TicketStatus.NEW};

    private final Random random;
    private final RandomCommands commands;
    private int count;

    MixedTraffic(final long seed)
    {
        random = new Random(seed);
        commands = new RandomCommands(seed);
    }

    Command next()
    {
        final Command base = commands.next();
        final int i = count++;
        final int kind = random.nextInt(100);
        if (i == 0)
        {
            return new PutCalendar(base.at(), "office", new CalendarSpec("Europe/London",
                Map.of("MONDAY", List.of(new CalendarSpec.Interval("08:00", "18:00")),
                    "TUESDAY", List.of(new CalendarSpec.Interval("08:00", "18:00"))), List.of("2026-12-25")));
        }
        if (i % 200 == 1 || kind < 2)
        {
            return new PutSlaPolicy(base.at(), "p" + random.nextInt(4), policy(), random.nextBoolean());
        }
        if (kind < 25)
        {
            return new TicketProgress(base.at(), ticket(), STEPS[random.nextInt(STEPS.length)], null, null, null);
        }
        if (kind < 29)
        {
            return new PinTicket(base.at(), ticket(), random.nextInt(4) == 0 ? null : "E-" + random.nextInt(40));
        }
        return base;
    }

    private String ticket()
    {
        return "T-" + (1 + random.nextInt(Math.max(1, count / 3)));
    }

    private PolicySpec policy()
    {
        final EscalationAction[] actions = EscalationAction.values();
        final PolicySpec spec = SlaFixtures.policy(Duration.ofMinutes(2 + random.nextInt(20)), Duration.ofMinutes(20 + random.nextInt(60)),
            random.nextBoolean() ? "office" : "24x7", List.of(25, 50, 90),
            SlaFixtures.step(ClockKind.RESPONSE, 50, Duration.ZERO, actions[random.nextInt(actions.length)], null),
            SlaFixtures.step(ClockKind.RESOLUTION, EscalationStep.BREACH, Duration.ofMinutes(random.nextInt(5)),
                actions[random.nextInt(actions.length)], Duration.ofMinutes(1 + random.nextInt(10))));
        return SlaFixtures.matching(spec, new PolicyMatch(random.nextBoolean() ? List.of(Priority.values()[random.nextInt(4)]) : List.of(),
            random.nextBoolean() ? List.of("gold") : List.of(), List.of()), random.nextInt(3));
    }
}
