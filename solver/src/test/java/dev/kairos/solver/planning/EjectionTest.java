package dev.kairos.solver.planning;

import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.command.SetArea;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Coordinates;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Ticket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Insertion with ejection through the real engine, on a plane where a unit takes a minute: A at
 * the origin does hvac level 2, B 1.4 units west (within reach) level 1 only; every job is 10 units east of A.
 */
class EjectionTest
{
    private static final long NINE = InsertionTest.NINE;
    private static final long MINUTE = 60_000L;
    private static final Location SITE = new Location(10, 0);

    @TempDir
    Path folder;
    private EngineHost engine;

    @BeforeEach
    void start()
    {
        engine = open();
        engine.call(new SetArea(NINE, Coordinates.PLANAR, MINUTE));
        put("A", new Location(0, 0), 2, EngineerSpec.NO_CAPACITY);
        put("B", new Location(-1.4, 0), 1, EngineerSpec.NO_CAPACITY);
    }

    @AfterEach
    void stop()
    {
        engine.close();
    }

    @Test
    void shouldMoveAWideWindowVisitToMakeRoomForANarrowOne()
    {
        // Both windows close at 09:25 and a job takes 30 minutes: A can do one of them, B (level 1) only the first.
        final String movable = create(job(1, Priority.P3, narrow()));
        assertThat(engineerOf(movable)).isEqualTo("A");

        final String onlyA = create(job(2, Priority.P3, narrow()));

        assertThat(engineerOf(onlyA)).as("fits on A once the other visit is off it").isEqualTo("A");
        assertThat(engineerOf(movable)).as("the visit taken off goes where it still fits").isEqualTo("B");
        assertThat(status(movable)).isEqualTo(TicketStatus.PLANNED);
        assertThat(route("B").stops().getFirst().start()).isLessThanOrEqualTo(NINE + 25 * MINUTE);
    }

    @Test
    void shouldLeaveTheTicketOutWhenTheVisitInTheWayHasNowhereElseAndIsAsUrgent()
    {
        final String first = create(job(2, Priority.P3, narrow()));

        final String second = create(job(2, Priority.P3, narrow()));

        assertThat(engineerOf(first)).isEqualTo("A");
        assertThat(status(second)).isEqualTo(TicketStatus.NEW);
        assertThat(reason(second)).startsWith("no qualified engineer can fit it");
    }

    @Test
    void shouldLetALessUrgentVisitGiveWayWhenItHasNowhereElse()
    {
        final String routine = create(job(2, Priority.P4, narrow()));

        final String urgent = create(job(2, Priority.P1, narrow()));

        assertThat(engineerOf(urgent)).isEqualTo("A");
        assertThat(status(routine)).as("waits for the improvement path").isEqualTo(TicketStatus.NEW);
        assertThat(reason(routine)).isEqualTo("taken off its route; waiting for a better place");
    }

    @Test
    void shouldNeverEjectAVisitPinnedByADispatcher()
    {
        final String pinned = create(job(1, Priority.P4, narrow()));
        engine.call(new PinTicket(NINE, pinned, "A"));

        final String onlyA = create(job(2, Priority.P1, narrow()));

        assertThat(engineerOf(pinned)).isEqualTo("A");
        assertThat(status(onlyA)).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void shouldEjectForAWideWindowOnlyWhenTheTicketHasWaited()
    {
        put("A", new Location(0, 0), 2, 1);
        final String movable = create(job(1, Priority.P3, narrow()));
        final String anyTime = create(job(2, Priority.P3, null));
        assertThat(engineerOf(anyTime)).as("no narrow window: the request path does not eject").isNull();

        final Insertion.Placement retried = engine.ask(state ->
            Insertion.placeWaiting(state, anyTime, state.ticket(anyTime).spec(), NINE));

        assertThat(retried.routes()).containsExactly(
            new RoutePlan("A", List.of(anyTime)), new RoutePlan("B", List.of(movable)));
    }

    @Test
    void shouldReplayTheEjectionFromTheJournalWithoutSearchingAgain()
    {
        final String movable = create(job(1, Priority.P3, narrow()));
        final String onlyA = create(job(2, Priority.P3, narrow()));
        final List<String> a = route("A").ticketIds();
        final List<String> b = route("B").ticketIds();
        engine.close();

        engine = open();

        assertThat(route("A").ticketIds()).isEqualTo(a).containsExactly(onlyA);
        assertThat(route("B").ticketIds()).isEqualTo(b).containsExactly(movable);
    }

    private EngineHost open()
    {
        return EngineHost.start(new EngineContext().clock(InstantSource.fixed(Instant.ofEpochMilli(NINE)))
            .journalFolder(folder.resolve("journal")));
    }

    private static TimeWindow narrow()
    {
        return new TimeWindow(NINE, NINE + 25 * MINUTE);
    }

    private static TicketSpec job(final int level, final Priority priority, final TimeWindow window)
    {
        return new TicketSpec(null, "job", priority, null, null, SITE, List.of(new SkillRequirement("hvac", level)),
            List.of(), Stock.of(Map.of()), 30, window, TicketSpec.NO_TIME);
    }

    private void put(final String id, final Location home, final int level, final int capacity)
    {
        engine.call(new PutEngineer(NINE, id, new EngineerSpec("engineer " + id, home, List.of(new Skill("hvac", level)),
            List.of(), new Shift(NINE, NINE + 8 * 60 * MINUTE, List.of(), 0), Stock.of(Map.of()), capacity)));
    }

    private String create(final TicketSpec spec)
    {
        return ((Ticket)((Outcome.Applied)engine.call(new CreateTicket(NINE, spec))).entity()).id();
    }

    private String engineerOf(final String ticketId)
    {
        return engine.<String>ask(state -> state.plan().engineerOf(ticketId));
    }

    private TicketStatus status(final String ticketId)
    {
        return engine.<TicketStatus>ask(state -> state.ticket(ticketId).status());
    }

    private String reason(final String ticketId)
    {
        return engine.<String>ask(state -> state.plan().unassigned().get(ticketId));
    }

    private Route route(final String engineerId)
    {
        return engine.<Route>ask(state -> state.route(engineerId));
    }
}
