package dev.kairos.solver.sla;

import dev.kairos.solver.domain.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.kairos.solver.SlaFixtures.configured;
import static dev.kairos.solver.SlaFixtures.policy;
import static dev.kairos.solver.SlaFixtures.reopening;
import static dev.kairos.solver.SlaFixtures.step;
import static dev.kairos.solver.sla.Calendars.HOUR;
import static dev.kairos.solver.sla.Calendars.LONDON;
import static dev.kairos.solver.sla.Calendars.MINUTE;
import static dev.kairos.solver.sla.Calendars.at;
import static dev.kairos.solver.sla.Calendars.weekdays;
import static dev.kairos.solver.sla.ClockKind.RESOLUTION;
import static dev.kairos.solver.sla.ClockKind.RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;

// Office hours 09:00-17:00 on weekdays in London; 2026-03-06 is a Friday.
class TicketSlaTest
{
    private static final BusinessCalendar OFFICE = weekdays(LONDON, List.of(), "09:00-17:00");
    private static final long FRIDAY_1600 = at(LONDON, "2026-03-06T16:00");

    @Test
    void shouldFireRemindersAndBreachesAtBusinessTimeInOrder()
    {
        final TicketSla sla = TicketSla.open("T-1", configured("office",
            policy(Duration.ofHours(4), Duration.ofHours(16), "office", List.of(50, 75, 90))), OFFICE, FRIDAY_1600);

        assertThat(fireAll(sla, at(LONDON, "2026-03-12T00:00"))).containsExactly(
            "response WARNING 50 at 2026-03-09T10:00",
            "response WARNING 75 at 2026-03-09T11:00",
            "response WARNING 90 at 2026-03-09T11:36",
            "response BREACH 0 at 2026-03-09T12:00",
            "resolution WARNING 50 at 2026-03-09T16:00",
            "resolution WARNING 75 at 2026-03-10T12:00",
            "resolution WARNING 90 at 2026-03-10T14:24",
            "resolution BREACH 0 at 2026-03-10T16:00");
    }

    @Test
    void shouldStopWhileWaitingAndResumeWhereItStoppedAcrossAClosedPeriod()
    {
        final long thursday1500 = at(LONDON, "2026-03-05T15:00");
        TicketSla sla = TicketSla.open("T-1", configured("office",
            policy(Duration.ofHours(4), Duration.ofHours(16), "office", List.of())), OFFICE, thursday1500);
        sla = sla.withStatus(TicketStatus.DISPATCHED, TicketStatus.ON_SITE, at(LONDON, "2026-03-05T15:30"));
        sla = sla.withStatus(TicketStatus.ON_SITE, TicketStatus.WAITING_CUSTOMER, at(LONDON, "2026-03-05T16:00"));

        assertThat(sla.response().metAt()).as("on site meets the response milestone").isEqualTo(at(LONDON, "2026-03-05T15:30"));
        assertThat(sla.held()).isTrue();
        assertThat(sla.resolutionDue()).as("nothing is due while the customer keeps it waiting").isEqualTo(BusinessCalendar.NEVER);
        assertThat(SlaSchedule.next(sla, at(LONDON, "2026-03-09T10:00"))).isNull();

        sla = sla.withStatus(TicketStatus.WAITING_CUSTOMER, TicketStatus.NEW, at(LONDON, "2026-03-09T11:00"));

        // 1 h ran on Thursday; 15 h remain from Monday 11:00: 6 h Monday, 8 h Tuesday, 1 h Wednesday.
        assertThat(sla.resolutionDue()).isEqualTo(at(LONDON, "2026-03-11T10:00"));
        assertThat(sla.clock(RESOLUTION).elapsedAt(at(LONDON, "2026-03-09T12:00"))).isEqualTo(2 * HOUR);
        assertThat(sla.nextDeadline()).isEqualTo(at(LONDON, "2026-03-11T10:00"));
    }

    @Test
    void shouldFireEscalationStepsAndRepeatsInOrder()
    {
        final long start = at(LONDON, "2026-03-02T09:00");
        final TicketSla sla = TicketSla.open("T-1", configured("p", policy(Duration.ofHours(1), Duration.ofHours(4), "24x7", List.of(),
            step(RESPONSE, 50, Duration.ZERO, EscalationAction.NOTIFY, null),
            step(RESOLUTION, EscalationStep.BREACH, Duration.ofMinutes(15), EscalationAction.PAGE_SUPERVISOR, Duration.ofMinutes(30)),
            step(RESOLUTION, 75, Duration.ZERO, EscalationAction.RAISE_PRIORITY, null))), BusinessCalendar.ALWAYS, start);

        assertThat(fireAll(sla, start + 5 * HOUR + 20 * MINUTE)).containsExactly(
            "response ESCALATION 0 at 2026-03-02T09:30",
            "response BREACH 0 at 2026-03-02T10:00",
            "resolution ESCALATION 2 at 2026-03-02T12:00",
            "resolution BREACH 0 at 2026-03-02T13:00",
            "resolution ESCALATION 1 at 2026-03-02T13:15",
            "resolution ESCALATION 1 at 2026-03-02T13:45",
            "resolution ESCALATION 1 at 2026-03-02T14:15");
    }

    @Test
    void shouldFoldRepeatsThatFellDueWhileBehindIntoOneMomentWithTheNumberMissed()
    {
        final long start = at(LONDON, "2026-03-02T09:00");
        TicketSla sla = TicketSla.open("T-1", configured("p", policy(Duration.ofHours(1), Duration.ofHours(4), "24x7", List.of(),
            step(RESOLUTION, EscalationStep.BREACH, Duration.ZERO, EscalationAction.NOTIFY, Duration.ofMinutes(30)))),
            BusinessCalendar.ALWAYS, start);
        sla = sla.withStatus(TicketStatus.DISPATCHED, TicketStatus.ACCEPTED, start + MINUTE);
        sla = sla.fired(new SlaMoment(RESOLUTION, SlaEventKind.BREACH, 0, 0, 1, start + 4 * HOUR), start + 4 * HOUR);
        sla = sla.fired(new SlaMoment(RESOLUTION, SlaEventKind.ESCALATION, 0, 0, 1, start + 4 * HOUR), start + 4 * HOUR);

        final SlaMoment late = SlaSchedule.next(sla, start + 6 * HOUR + 10 * MINUTE);

        assertThat(late).isEqualTo(new SlaMoment(RESOLUTION, SlaEventKind.ESCALATION, 0, 1, 4, start + 4 * HOUR + 30 * MINUTE));
        assertThat(late.missed()).isEqualTo(3);
        final TicketSla after = sla.fired(late, start + 6 * HOUR + 10 * MINUTE);
        assertThat(after.escalations()).containsExactly(5);
        assertThat(after.wake()).as("the next repeat follows the last one covered").isEqualTo(start + 6 * HOUR + 30 * MINUTE);
        assertThat(after.accepts(late)).as("a fired moment is refused").isFalse();
    }

    @Test
    void shouldResumeTheResolutionClockOnReopenUnlessThePolicyRestartsIt()
    {
        final long start = at(LONDON, "2026-03-02T09:00");
        final PolicySpec spec = policy(Duration.ofHours(1), Duration.ofHours(8), "24x7", List.of());
        final TicketSla resumed = reopenedAfter(TicketSla.open("T-1", configured("p", spec), BusinessCalendar.ALWAYS, start), start);
        final TicketSla restarted = reopenedAfter(TicketSla.open("T-1", configured("p", reopening(spec, Reopen.RESTART)),
            BusinessCalendar.ALWAYS, start), start);

        // 3 h ran before completion; the day it stayed completed does not count: 5 h remain from the reopen.
        final long reopenedAt = start + 27 * HOUR;
        assertThat(resumed.resolution().met()).isFalse();
        assertThat(resumed.resolutionDue()).isEqualTo(reopenedAt + 5 * HOUR);
        assertThat(restarted.resolutionDue()).isEqualTo(reopenedAt + 8 * HOUR);
        assertThat(resumed.response().met()).as("the response stays met").isTrue();
    }

    @Test
    void shouldKeepFiredStepsThatAReappliedPolicyKeepsAndFireChangedOnesAfresh()
    {
        final long start = at(LONDON, "2026-03-02T09:00");
        final EscalationStep notify = step(RESPONSE, 50, Duration.ZERO, EscalationAction.NOTIFY, null);
        TicketSla sla = TicketSla.open("T-1", configured("p", policy(Duration.ofHours(2), Duration.ofHours(8), "24x7", List.of(50),
            notify)), BusinessCalendar.ALWAYS, start);
        sla = sla.fired(new SlaMoment(RESPONSE, SlaEventKind.WARNING, 50, 0, 1, start + HOUR), start + HOUR);
        sla = sla.fired(new SlaMoment(RESPONSE, SlaEventKind.ESCALATION, 0, 0, 1, start + HOUR), start + HOUR);

        final TicketSla reapplied = sla.reapplied(configured("p", policy(Duration.ofHours(2), Duration.ofHours(8), "24x7",
            List.of(25, 50, 80), notify, step(RESPONSE, 25, Duration.ZERO, EscalationAction.PAGE_SUPERVISOR, null))),
            BusinessCalendar.ALWAYS, TicketStatus.PLANNED, start + HOUR + MINUTE);

        assertThat(reapplied.escalations()).containsExactly(1, 0);
        assertThat(SlaSchedule.next(reapplied, start + HOUR + MINUTE))
            .as("the new step, already due, fires now; reminders keep their high-water mark")
            .isEqualTo(new SlaMoment(RESPONSE, SlaEventKind.ESCALATION, 1, 0, 1, start + 30 * MINUTE));
    }

    private static TicketSla reopenedAfter(final TicketSla opened, final long start)
    {
        TicketSla sla = opened.withStatus(TicketStatus.DISPATCHED, TicketStatus.ON_SITE, start + 2 * HOUR);
        sla = sla.withStatus(TicketStatus.ON_SITE, TicketStatus.COMPLETED, start + 3 * HOUR);
        assertThat(sla.resolutionDue()).isEqualTo(BusinessCalendar.NEVER);
        return sla.withStatus(TicketStatus.COMPLETED, TicketStatus.NEW, start + 27 * HOUR);
    }

    /** Fires every moment due by {@code until} the way the engine does: each at its due time. */
    private static List<String> fireAll(final TicketSla opened, final long until)
    {
        final List<String> fired = new ArrayList<>();
        TicketSla sla = opened;
        SlaMoment moment;
        while ((moment = SlaSchedule.next(sla, sla.wake())) != null && moment.dueAt() <= until)
        {
            assertThat(sla.accepts(moment)).isTrue();
            assertThat(sla.wake()).isEqualTo(moment.dueAt());
            fired.add(moment.clock().wireName() + " " + moment.kind() + " " + moment.index() + " at "
                + java.time.LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(moment.dueAt()), java.time.ZoneId.of(LONDON)));
            sla = sla.fired(moment, moment.dueAt());
        }
        return fired;
    }
}
