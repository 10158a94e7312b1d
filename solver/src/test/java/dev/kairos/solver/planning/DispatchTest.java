package dev.kairos.solver.planning;

import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.PlanUpdate;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.StateDigest;
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
import java.util.concurrent.atomic.AtomicLong;

import static dev.kairos.solver.planning.InsertionTest.NINE;
import static dev.kairos.solver.planning.InsertionTest.engineer;
import static dev.kairos.solver.planning.InsertionTest.ticket;
import static org.assertj.core.api.Assertions.assertThat;

/** Dispatch: the engine commits an engineer's next visit when its start comes within the horizon. */
class DispatchTest
{
    private static final long MINUTE = 60_000L;

    @TempDir
    Path folder;
    private final AtomicLong now = new AtomicLong(NINE);
    private final InstantSource clock = () -> Instant.ofEpochMilli(now.get());
    private EngineHost engine;

    @BeforeEach
    void start()
    {
        engine = EngineHost.start(context());
        engine.call(new PutEngineer(NINE, "E-1", engineer(new Location(51.5, -0.2), List.of(new Skill("hvac", 2)))));
    }

    @AfterEach
    void stop()
    {
        engine.close();
    }

    @Test
    void shouldDispatchOnlyTheNextVisitAndOnlyWithinTheHorizon()
    {
        final String afternoon = create(new TimeWindow(NINE + 5 * 60 * MINUTE, NINE + 7 * 60 * MINUTE));
        assertThat(status(afternoon)).as("starts at 14:00, beyond the 30 minute horizon").isEqualTo(TicketStatus.PLANNED);

        final String morning = create(null);
        now.addAndGet(2_000);

        assertThat(status(morning)).isEqualTo(TicketStatus.DISPATCHED);
        assertThat(status(afternoon)).as("not the next job while the morning one is out").isEqualTo(TicketStatus.PLANNED);
        final Route route = engine.<Route>ask(state -> state.route("E-1"));
        assertThat(route.ticketIds()).containsExactly(morning, afternoon);
        assertThat(route.pinned()).isEqualTo(1);
    }

    @Test
    void shouldDispatchAtOnceWhenTheDriveIsLongerThanTheHorizon()
    {
        final Outcome outcome = engine.call(new CreateTicket(now.get(), ticket(new Location(51.5, 0.1), "hvac", 1, null)));
        final String far = ((Ticket)((Outcome.Applied)outcome).entity()).id();
        final var stop = engine.<Route>ask(state -> state.route("E-1")).stops().get(0);
        assertThat(stop.start() - now.get()).as("about 54 minutes' drive").isGreaterThan(45 * MINUTE);

        now.addAndGet(2_000);

        assertThat(status(far)).as("the engineer must set off now to start it as planned").isEqualTo(TicketStatus.DISPATCHED);
    }

    @Test
    void shouldKeepDispatchedWorkWhereItIs()
    {
        create(null);
        create(null);
        now.addAndGet(2_000);
        final Route route = engine.<Route>ask(state -> state.route("E-1"));
        final String first = route.ticketIds().get(0);
        final String second = route.ticketIds().get(1);
        assertThat(status(first)).isEqualTo(TicketStatus.DISPATCHED);
        final long version = route.version();

        final Outcome reorder = engine.call(new PlanUpdate(now.get(), List.of(new RoutePlan("E-1", List.of(second, first))),
            Map.of("E-1", version)));

        assertThat(((Outcome.Refused)reorder).detail()).isEqualTo("stale plan update: route E-1 would move dispatched work");
    }

    @Test
    void shouldKeepADispatchedVisitsTimesWhenItsRouteChangesLater()
    {
        final String first = create(null);
        now.addAndGet(2_000);
        final Route dispatched = engine.<Route>ask(state -> state.route("E-1"));
        assertThat(status(first)).isEqualTo(TicketStatus.DISPATCHED);
        final var committed = dispatched.stops().get(0);

        now.addAndGet(10 * MINUTE);
        final String second = create(null);

        final Route route = engine.<Route>ask(state -> state.route("E-1"));
        assertThat(route.ticketIds()).containsExactly(first, second);
        assertThat(route.stops().get(0)).as("the engineer set off at dispatch: the change must not restart their drive")
            .isEqualTo(committed);
        assertThat(route.stops().get(1).arrival()).isGreaterThanOrEqualTo(committed.end());
    }

    @Test
    void shouldEndAnOverrunningVisitNoEarlierThanNow()
    {
        final String first = create(null);
        now.addAndGet(2_000);
        final var committed = engine.<Route>ask(state -> state.route("E-1")).stops().get(0);

        now.set(committed.end() + 20 * MINUTE);
        create(null);

        final var kept = engine.<Route>ask(state -> state.route("E-1")).stops().get(0);
        assertThat(kept.ticketId()).isEqualTo(first);
        assertThat(kept.start()).isEqualTo(committed.start());
        assertThat(kept.end()).as("still at work 20 minutes past the planned end").isEqualTo(now.get());
    }

    @Test
    void replayReproducesDispatches()
    {
        create(null);
        now.addAndGet(2_000);
        engine.<Route>ask(state -> state.route("E-1"));
        final String digest = engine.<String>ask(StateDigest::of);
        engine.close();

        now.addAndGet(60 * MINUTE);
        engine = EngineHost.start(context());

        assertThat(engine.startDigest()).isEqualTo(digest);
    }

    private EngineContext context()
    {
        return new EngineContext().clock(clock).journalFolder(folder.resolve("journal"));
    }

    private TicketStatus status(final String ticketId)
    {
        return engine.<TicketStatus>ask(state -> state.ticket(ticketId).status());
    }

    private String create(final TimeWindow window)
    {
        final Outcome outcome = engine.call(new CreateTicket(now.get(), ticket(new Location(51.5, -0.19), "hvac", 1, window)));
        return ((Ticket)((Outcome.Applied)outcome).entity()).id();
    }
}
