package dev.kairos.solver.planning.improve;

import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.TicketSpec;
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
import dev.kairos.solver.planning.Reach;
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
 * The fast path and the optimiser agree on far routine work ({@link Reach}), through the real engine.
 * West does hvac and lifts; East, 36 minutes' drive away, does hvac and fiber. A routine job (due tomorrow) next
 * to West that West could only reach after a visit across town waits for a nearer slot; one that only
 * East can do goes to East however far, and an optimiser round leaves it there.
 */
class RoutineReachTest
{
    private static final long NINE = 1_795_424_400_000L; // 2026-11-23T09:00:00Z
    private static final long MINUTE = 60_000L;
    private static final long TOMORROW = NINE + 24 * 60 * MINUTE;
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochMilli(NINE));
    private static final Location WEST = new Location(51.5, -0.2);
    /** 13.9 km east of West as the crow flies: 36 minutes on the road at 30 km/h. */
    private static final Location EAST = new Location(51.5, 0.0);

    @TempDir
    Path folder;
    private EngineHost engine;
    private Improver improver;

    @BeforeEach
    void start()
    {
        engine = EngineHost.start(new EngineContext().clock(CLOCK).journalFolder(folder.resolve("journal")));
        engine.call(new PutEngineer(NINE, "E-WEST", engineer(WEST, List.of(new Skill("hvac", 1), new Skill("elevator", 1)))));
        engine.call(new PutEngineer(NINE, "E-EAST", engineer(EAST, List.of(new Skill("hvac", 1), new Skill("fiber", 1)))));
        improver = new Improver(engine, new ImproverContext().moveLimit(20_000L).clock(CLOCK));
    }

    @AfterEach
    void stop()
    {
        improver.close();
        engine.close();
    }

    @Test
    void shouldNotPlanRoutineWorkAfterAFarDriveWhenANearerEngineerCouldDoIt()
    {
        // West's morning: a lift job across town in a window West can just make (West alone does lifts).
        final TimeWindow morning = new TimeWindow(NINE + 30 * MINUTE, NINE + 45 * MINUTE);
        final String across = create(job(EAST, "elevator", Priority.P2, morning, TOMORROW));
        assertThat(engineerOf(across)).isEqualTo("E-WEST");

        // Next to West, due tomorrow: before the lift job it would make West miss that window; after it,
        // the drive back is 36 minutes, while West, the nearest qualified engineer, is next to it now.
        final String routine = create(job(new Location(51.5, -0.199), "hvac", Priority.P3, null, TOMORROW));

        assertThat(status(routine)).as("waits for a nearer slot").isEqualTo(TicketStatus.NEW);
        assertThat(engineerOf(routine)).isNull();
        assertThat(routeIds("E-WEST")).containsExactly(across);
        // The optimiser agrees: no round puts it back on the far slot.
        improver.improveOnce("E-WEST");
        assertThat(routeIds("E-WEST")).containsExactly(across);
    }

    @Test
    void shouldSendTheOnlyEngineerWhoCanDoRoutineWorkHoweverFarAndKeepItThere()
    {
        final String fiber = create(job(WEST, "fiber", Priority.P3, null, TOMORROW));

        assertThat(engineerOf(fiber)).as("East is the only fiber engineer, 36 minutes away").isEqualTo("E-EAST");
        // The optimiser judges the drive against the same nearest engineer: before, it saw a far drive to
        // routine work and took the visit off for the travel saved; a later retry put it back (plan churn).
        improver.improveOnce("E-EAST");
        assertThat(engineerOf(fiber)).isEqualTo("E-EAST");
        improver.improveOnce("E-WEST");
        assertThat(engineerOf(fiber)).isEqualTo("E-EAST");
    }

    @Test
    void shouldJudgeAFarDriveAgainstTheNearestQualifiedEngineer()
    {
        assertThat(Reach.routineLimitMillis(0)).as("a qualified engineer next door").isEqualTo(25 * MINUTE);
        assertThat(Reach.routineLimitMillis(36 * MINUTE)).as("the nearest is across town").isEqualTo(51 * MINUTE);
        assertThat(Reach.routineLimitMillis(Reach.NO_ONE)).as("no one working can do it").isEqualTo(Reach.NO_ONE);
    }

    private static TicketSpec job(final Location where, final String skill, final Priority priority, final TimeWindow window,
        final long due)
    {
        return new TicketSpec(null, "job", priority, null, null, where, List.of(new SkillRequirement(skill, 1)), List.of(),
            Stock.of(Map.of()), 30, window, due);
    }

    private static EngineerSpec engineer(final Location home, final List<Skill> skills)
    {
        return new EngineerSpec("engineer", home, skills, List.of(), new Shift(NINE, NINE + 8 * 60 * MINUTE, List.of(), 0),
            Stock.of(Map.of()), EngineerSpec.NO_CAPACITY);
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

    private List<String> routeIds(final String engineerId)
    {
        return engine.<List<String>>ask(state -> state.route(engineerId).ticketIds());
    }
}
