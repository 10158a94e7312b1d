package dev.kairos.solver.planning.improve;

import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PlanUpdate;
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
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.planning.RouteCost;
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
 * A waiting ticket that fits only once another visit moves beyond the fast path's reach: a plane
 * where a unit takes a minute, A (hvac 2) at the origin, B (hvac 1) 15 units east of the jobs, every
 * job 10 units east of A with a window closing at 09:25 and 30 minutes of work, so each engineer
 * has time for one. A does the hvac 1 job; the hvac 2 job waits.
 */
class RuinRecreateTest
{
    private static final long NINE = 1_795_424_400_000L;
    private static final long MINUTE = 60_000L;
    private static final long SEED = 7;

    @TempDir
    Path folder;
    private EngineHost engine;

    @BeforeEach
    void start()
    {
        engine = EngineHost.start(new EngineContext().clock(InstantSource.fixed(Instant.ofEpochMilli(NINE)))
            .journalFolder(folder.resolve("journal")));
        engine.call(new SetArea(NINE, Coordinates.PLANAR, MINUTE));
        put("A", new Location(0, 0), 2);
    }

    @AfterEach
    void stop()
    {
        engine.close();
    }

    @Test
    void shouldPlaceAWaitingTicketByMovingTheVisitInItsWayToAFarEngineer()
    {
        final String easy = create(1);
        // B joins after the easy job went to A; 15 minutes from the jobs, beyond the retry's reach for the visit it would move.
        put("B", new Location(25, 0), 1);
        final String hard = create(2);
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
        create(1);
        put("B", new Location(25, 0), 1);
        create(2);
        create(1);

        assertThat(new RuinRecreate(whole(), SEED).improve(30, NINE)).isEqualTo(new RuinRecreate(whole(), SEED).improve(30, NINE));
    }

    @Test
    void shouldProposeNothingWhenThePlanCannotImprove()
    {
        create(2);

        assertThat(new RuinRecreate(whole(), SEED).improve(30, NINE)).as("one job, on the only engineer").isNull();
    }

    private SubProblem whole()
    {
        return engine.ask(state -> SubProblem.whole(state, NINE));
    }

    private static void applied(final Outcome outcome)
    {
        assertThat(outcome).isInstanceOf(Outcome.Applied.class);
    }

    private String create(final int level)
    {
        return ((Ticket)((Outcome.Applied)engine.call(new CreateTicket(NINE, new TicketSpec(null, "job", Priority.P3, null, null,
            new Location(10, 0), List.of(new SkillRequirement("hvac", level)), List.of(), Stock.of(Map.of()), 30,
            new TimeWindow(NINE, NINE + 25 * MINUTE), TicketSpec.NO_TIME)))).entity()).id();
    }

    private void put(final String id, final Location home, final int level)
    {
        engine.call(new PutEngineer(NINE, id, new EngineerSpec("engineer " + id, home, List.of(new Skill("hvac", level)),
            List.of(), new Shift(NINE, NINE + 8 * 60 * MINUTE, List.of(), 0), Stock.of(Map.of()), EngineerSpec.NO_CAPACITY)));
    }
}
