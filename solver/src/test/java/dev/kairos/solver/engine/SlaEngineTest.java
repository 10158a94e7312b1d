package dev.kairos.solver.engine;

import dev.kairos.solver.SlaFixtures;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.FireSla;
import dev.kairos.solver.command.PutCalendar;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.journal.Journal;
import dev.kairos.solver.sla.CalendarSpec;
import dev.kairos.solver.sla.ClockKind;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.EscalationStep;
import dev.kairos.solver.sla.PolicyMatch;
import dev.kairos.solver.sla.SlaMoment;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.StateDigest;
import dev.kairos.solver.state.TicketEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static dev.kairos.solver.sla.ClockKind.RESOLUTION;
import static dev.kairos.solver.sla.ClockKind.RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SLA timers in a real engine with a real journal and a clock the test moves. After a move of at
 * least the engine's tick, any request is served after the engine has fired what fell due, so the
 * test reads results with a query instead of waiting.
 */
class SlaEngineTest
{
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Monday 2026-11-23, 09:00 in London (UTC in November). */
    private static final long MONDAY_0900 = Instant.parse("2026-11-23T09:00:00Z").toEpochMilli();
    private static final Location CITY = new Location(51.51, -0.12);

    @TempDir
    Path folder;
    private final AtomicLong now = new AtomicLong(MONDAY_0900);
    private EngineHost host;

    @AfterEach
    void stop()
    {
        if (host != null)
        {
            host.close();
        }
    }

    @Test
    void shouldFireAtBusinessTimeAndCatchUpOnceInDeadlineOrderAfterARestart()
    {
        start();
        call(new PutCalendar(now.get(), "office", office()));
        call(new PutSlaPolicy(now.get(), "gold", SlaFixtures.matching(SlaFixtures.policy(Duration.ofHours(2), Duration.ofHours(8),
            "office", List.of(50, 90),
            SlaFixtures.step(RESPONSE, EscalationStep.BREACH, Duration.ZERO, EscalationAction.RAISE_PRIORITY, null),
            SlaFixtures.step(RESOLUTION, EscalationStep.BREACH, Duration.ofMinutes(30), EscalationAction.PAGE_SUPERVISOR,
                Duration.ofHours(1))), new PolicyMatch(List.of(), List.of("gold"), List.of()), 0), false));
        call(new CreateTicket(now.get(), SlaFixtures.ticket(Priority.P3, "gold", null, CITY)));

        moveTo("2026-11-23T10:00:01");
        assertThat(slaEvents()).containsExactly("sla.warning response 50 due 10:00 at 10:00:01");

        host.close();
        now.set(local("2026-11-23T18:00"));
        start();

        assertThat(slaEvents()).as("overdue moments fire once at start, in deadline order, with their due times").containsExactly(
            "sla.warning response 50 due 10:00 at 10:00:01",
            "sla.warning response 90 due 10:48 at 18:00",
            "sla.breached response 0 due 11:00 at 18:00",
            "sla.escalated response 0 due 11:00 at 18:00",
            "sla.warning resolution 50 due 13:00 at 18:00",
            "sla.warning resolution 90 due 16:12 at 18:00",
            "sla.breached resolution 0 due 17:00 at 18:00");
        assertThat(host.<Priority>ask(state -> state.ticket("T-1").spec().priority())).as("raised one level").isEqualTo(Priority.P2);

        moveTo("2026-11-24T09:30:01");
        moveTo("2026-11-24T12:00");
        final List<TicketEvent> events = host.ask(state -> state.timeline().of("T-1"));
        final List<TicketEvent.SlaFired> pages = events.stream().filter(TicketEvent.SlaFired.class::isInstance)
            .map(TicketEvent.SlaFired.class::cast).filter(e -> e.action() == EscalationAction.PAGE_SUPERVISOR).toList();
        assertThat(pages).as("30 business minutes after 17:00 is 09:30 next day; then hourly, the two missed by noon as one")
            .extracting(e -> e.moment().occurrence() + "+" + e.moment().count() + " due " + clock(e.moment().dueAt()))
            .containsExactly("0+1 due 09:30", "1+2 due 10:30");

        final String digest = host.ask(StateDigest::of);
        final long position = host.position();
        host.close();
        start();
        assertThat(host.startDigest()).as("replay reaches the same digest").isEqualTo(digest);
        moveTo("2026-11-24T12:00:05");
        assertThat(host.position()).as("nothing already journaled fires again").isEqualTo(position);
        host.close();
        host = null;

        assertThat(journaledFirings()).doesNotHaveDuplicates().hasSize(9);
    }

    @Test
    void shouldForceDispatchAsTheNearestEngineersNextVisitAfterTheDispatchedOne()
    {
        start();
        call(new PutEngineer(now.get(), "E-1", engineer(new Location(51.50, -0.10))));
        call(new PutEngineer(now.get(), "E-2", engineer(new Location(51.70, -0.50))));
        call(new PutSlaPolicy(now.get(), "urgent", SlaFixtures.matching(SlaFixtures.policy(Duration.ofHours(1), Duration.ofHours(4),
            "24x7", List.of(), SlaFixtures.step(RESPONSE, 50, Duration.ZERO, EscalationAction.FORCE_DISPATCH, null)),
            new PolicyMatch(List.of(), List.of("urgent"), List.of()), 0), false));
        call(new CreateTicket(now.get(), SlaFixtures.ticket(Priority.P3, null, null, CITY)));
        moveTo("2026-11-23T09:00:02");
        final TicketSpec soon = SlaFixtures.ticket(Priority.P3, null, null, CITY);
        call(new CreateTicket(now.get(), new TicketSpec(null, soon.title(), soon.priority(), null, null, CITY, soon.skills(),
            soon.tools(), soon.parts(), 30, null, local("2026-11-23T11:00"))));
        final TicketSpec later = SlaFixtures.ticket(Priority.P3, "urgent", null, CITY);
        call(new CreateTicket(now.get(), new TicketSpec(null, later.title(), later.priority(), later.tier(), null, CITY, later.skills(),
            later.tools(), later.parts(), 30, new TimeWindow(local("2026-11-23T12:00"), local("2026-11-23T14:00")), TicketSpec.NO_TIME)));
        assertThat(route("E-1")).as("T-1 dispatched; T-3 waits for its window, after T-2 which is due at 11:00").containsExactly("T-1", "T-2", "T-3");

        moveTo("2026-11-23T09:30:03");

        assertThat(route("E-1")).containsExactly("T-1", "T-3", "T-2");
        assertThat(host.<Integer>ask(state -> state.route("E-1").pinned())).isEqualTo(2);
        assertThat(host.<TicketStatus>ask(state -> state.ticket("T-3").status())).isEqualTo(TicketStatus.DISPATCHED);
        final List<TicketEvent> events = host.ask(state -> state.timeline().of("T-3"));
        assertThat(events).extracting(TicketEvent::type).containsSubsequence("ticket.created", "plan.assigned", "sla.escalated",
            "plan.dispatched");
        assertThat(events).filteredOn(TicketEvent.SlaFired.class::isInstance).singleElement()
            .extracting(e -> ((TicketEvent.SlaFired)e).engineerId()).isEqualTo("E-1");
    }

    @Test
    void shouldRefuseAMomentThatAlreadyFired()
    {
        start();
        call(new CreateTicket(now.get(), SlaFixtures.ticket(Priority.P1, null, null, CITY)));
        moveTo("2026-11-23T11:00:01");
        final long position = host.position();

        final Outcome again = host.call(new FireSla(now.get(), "T-1",
            new SlaMoment(RESPONSE, dev.kairos.solver.sla.SlaEventKind.WARNING, 50, 0, 1, local("2026-11-23T11:00"))));

        assertThat(again).isInstanceOf(Outcome.Refused.class);
        assertThat(host.position()).isEqualTo(position);
    }

    private void start()
    {
        host = EngineHost.start(new EngineContext().journalFolder(folder.resolve("journal"))
            .clock(() -> Instant.ofEpochMilli(now.get())));
    }

    private void call(final Command command)
    {
        assertThat(host.call(command)).as("%s", command).isInstanceOf(Outcome.Applied.class);
    }

    /** Moves the clock forward (by more than the engine's tick) and returns once the engine has acted on it. */
    private void moveTo(final String londonTime)
    {
        now.set(local(londonTime));
        host.ask(LiveState::position);
    }

    private List<String> route(final String engineerId)
    {
        return host.ask((Function<LiveState, List<String>>)state -> state.route(engineerId).ticketIds());
    }

    private List<String> slaEvents()
    {
        final List<TicketEvent> events = host.ask(state -> state.timeline().of("T-1"));
        final List<String> lines = new ArrayList<>();
        for (final TicketEvent event : events)
        {
            if (event instanceof final TicketEvent.SlaFired fired)
            {
                final SlaMoment m = fired.moment();
                lines.add(fired.type() + " " + m.clock().wireName() + " " + m.index() + " due " + clock(m.dueAt()) + " at "
                    + clock(fired.at()));
            }
        }
        return lines;
    }

    private List<String> journaledFirings()
    {
        final List<String> firings = new ArrayList<>();
        try (Journal journal = Journal.open(folder.resolve("journal")))
        {
            journal.replay((command, effects, position) ->
            {
                if (command instanceof final FireSla fire)
                {
                    final SlaMoment m = fire.moment();
                    firings.add(m.clock() + " " + m.kind() + " " + m.index() + " " + m.occurrence());
                }
            });
        }
        return firings;
    }

    private static String clock(final long instant)
    {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(instant), LONDON).toLocalTime().toString();
    }

    private static long local(final String londonTime)
    {
        return LocalDateTime.parse(londonTime).atZone(LONDON).toInstant().toEpochMilli();
    }

    private static CalendarSpec office()
    {
        final Map<String, List<CalendarSpec.Interval>> hours = new LinkedHashMap<>();
        for (final DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))
        {
            hours.put(day.name(), List.of(new CalendarSpec.Interval("09:00", "17:00")));
        }
        return new CalendarSpec("Europe/London", hours, List.of());
    }

    private static EngineerSpec engineer(final Location home)
    {
        return new EngineerSpec("Ada", home, List.of(new Skill("hvac", 3)), List.of(),
            new Shift(local("2026-11-23T08:00"), local("2026-11-23T18:00"), List.of(), 60), Stock.of(Map.of()), EngineerSpec.NO_CAPACITY);
    }
}
