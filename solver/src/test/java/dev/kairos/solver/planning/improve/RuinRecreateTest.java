package dev.kairos.solver.planning.improve;

import dev.kairos.solver.command.PlanUpdate;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.planning.RouteCost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.kairos.solver.planning.improve.PlanarDay.MINUTE;
import static dev.kairos.solver.planning.improve.PlanarDay.NINE;
import static dev.kairos.solver.planning.improve.PlanarDay.applied;
import static dev.kairos.solver.planning.improve.PlanarDay.create;
import static dev.kairos.solver.planning.improve.PlanarDay.put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A waiting ticket that fits only once another visit moves beyond the fast path's reach: a plane
 * where a unit takes a minute, A (hvac 2) at the origin, B (hvac 1) 15 units east of the jobs, every
 * job 10 units east of A with a window closing at 09:25 and 30 minutes of work, so each engineer
 * has time for one. A does the hvac 1 job; the hvac 2 job waits.
 */
class RuinRecreateTest
{
    private static final long SEED = 7;

    @TempDir
    Path folder;
    private EngineHost engine;

    @BeforeEach
    void start()
    {
        engine = PlanarDay.start(folder);
        put(engine, "A", new Location(0, 0), 2);
    }

    @AfterEach
    void stop()
    {
        engine.close();
    }

    @Test
    void shouldPlaceAWaitingTicketByMovingTheVisitInItsWayToAFarEngineer()
    {
        final String easy = create(engine, 1);
        // B joins after the easy job went to A; 15 minutes from the jobs, beyond the retry's reach for the visit it would move.
        put(engine, "B", new Location(25, 0), 1);
        final String hard = create(engine, 2);
        assertThat(engine.<String>ask(state -> state.plan().engineerOf(hard))).as("A is full, B lacks the skill").isNull();
        assertThat(engine.<PlanUpdate>ask(state -> UnassignedRetry.proposal(state, List.of(hard), NINE)))
            .as("one ejection does not help: the easy job is out of the fast path's reach of B").isNull();

        final PlanUpdate update = new RuinRecreate(whole(), SEED).improve(30, NINE);

        assertThat(update.routes()).containsExactlyInAnyOrder(new RoutePlan("A", List.of(hard)), new RoutePlan("B", List.of(easy)));
        applied(engine.call(update));
        assertThat(engine.<Boolean>ask(state -> state.plan().unassigned().isEmpty())).isTrue();
        assertThat(engine.<String>ask(state -> RouteCost.violation(state.engineer("B"), state.route("B"), id -> state.ticket(id).spec())))
            .as("the moved job still starts within its window").isNull();
    }

    @Test
    void shouldRepeatExactlyForASeed()
    {
        create(engine, 1);
        put(engine, "B", new Location(25, 0), 1);
        create(engine, 2);
        create(engine, 1);

        assertThat(new RuinRecreate(whole(), SEED).improve(30, NINE)).isEqualTo(new RuinRecreate(whole(), SEED).improve(30, NINE));
    }

    @Test
    void shouldProposeNothingWhenThePlanCannotImprove()
    {
        create(engine, 2);

        assertThat(new RuinRecreate(whole(), SEED).improve(30, NINE)).as("one job, on the only engineer").isNull();
    }

    private SubProblem whole()
    {
        return engine.ask(state -> SubProblem.whole(state, NINE));
    }
}
