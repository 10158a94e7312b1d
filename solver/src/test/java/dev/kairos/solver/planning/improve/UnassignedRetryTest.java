package dev.kairos.solver.planning.improve;

import dev.kairos.solver.command.PlanUpdate;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.engine.EngineHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.kairos.solver.planning.improve.PlanarDay.MINUTE;
import static dev.kairos.solver.planning.improve.PlanarDay.NINE;
import static dev.kairos.solver.planning.improve.PlanarDay.applied;
import static dev.kairos.solver.planning.improve.PlanarDay.create;
import static dev.kairos.solver.planning.improve.PlanarDay.put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ticket an optimiser round took off its route is placed again, by moving the visit that took
 * its place: a plane where a unit takes a minute, A (hvac 2) at the origin, B (hvac 1) 1.4 units
 * west, every job 10 units east of A with a window closing at 09:25 and 30 minutes of work.
 */
class UnassignedRetryTest
{

    @TempDir
    Path folder;
    private EngineHost engine;

    @BeforeEach
    void start()
    {
        engine = PlanarDay.start(folder);
        put(engine, "A", new Location(0, 0), 2);
        put(engine, "B", new Location(-1.4, 0), 1);
    }

    @AfterEach
    void stop()
    {
        engine.close();
    }

    @Test
    void shouldPlaceATicketTakenOffItsRouteByMovingTheVisitInItsWay()
    {
        final String movable = create(engine, 1);
        final String onlyA = create(engine, 2);
        // As an optimiser round might: the movable visit back on A, the other taken off (same priority, same weight).
        applied(engine.call(new PlanUpdate(NINE, List.of(new RoutePlan("A", List.of(movable)), new RoutePlan("B", List.of())),
            Map.of("A", version("A"), "B", version("B")))));
        assertThat(engine.<TicketStatus>ask(state -> state.ticket(onlyA).status())).isEqualTo(TicketStatus.NEW);

        final PlanUpdate retry = engine.ask(state -> UnassignedRetry.proposal(state, List.of(onlyA), NINE));

        assertThat(retry.routes()).containsExactlyInAnyOrder(new RoutePlan("A", List.of(onlyA)), new RoutePlan("B", List.of(movable)));
        applied(engine.call(retry));
        assertThat(engine.<String>ask(state -> state.plan().engineerOf(onlyA))).isEqualTo("A");
        assertThat(engine.<String>ask(state -> state.plan().engineerOf(movable))).isEqualTo("B");
    }

    @Test
    void shouldReachBeyondTheFastPathForAWaitingTicketWithAWindow()
    {
        // C does hvac 2 too, but drives 5 minutes longer than A: beyond the fast path's 3-minute reach.
        put(engine, "C", new Location(25, 0), 2);
        final String first = create(engine, 2);
        final String second = create(engine, 2);
        assertThat(engine.<String>ask(state -> state.plan().engineerOf(first))).isEqualTo("A");
        assertThat(engine.<String>ask(state -> state.plan().engineerOf(second))).as("A is taken, C out of reach").isNull();

        final PlanUpdate retry = engine.ask(state -> UnassignedRetry.proposal(state, List.of(second), NINE));

        assertThat(retry.routes()).containsExactly(new RoutePlan("C", List.of(second)));
    }

    @Test
    void shouldProposeNothingForATicketAlreadyPlanned()
    {
        final String planned = create(engine, 1);

        assertThat(engine.<PlanUpdate>ask(state -> UnassignedRetry.proposal(state, List.of(planned), NINE))).isNull();
    }

    @Test
    void shouldTakeTurnsOverTheSubProblemsUnassignedTickets()
    {
        final UnassignedRetry retry = UnassignedRetry.create();
        final SubProblem problem = new SubProblem(NINE, List.of(), Map.of(), Map.of(), List.of("T-1", "T-2", "T-3"),
            Map.of(), null, List.of(), List.of());

        assertThat(retry.next(problem)).containsExactly("T-1", "T-2");
        assertThat(retry.next(problem)).containsExactly("T-3", "T-1");
        assertThat(retry.next(problem)).containsExactly("T-2", "T-3");
    }

    private long version(final String engineerId)
    {
        return engine.<Long>ask(state -> state.route(engineerId).version());
    }
}
