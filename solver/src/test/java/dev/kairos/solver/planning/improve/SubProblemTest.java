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
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.state.Ticket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.kairos.solver.planning.improve.PlanarDay.MINUTE;
import static dev.kairos.solver.planning.improve.PlanarDay.NINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which unassigned tickets a sub-problem takes on an overloaded plan: a plane where a unit takes a
 * minute, one engineer at the origin whose half-hour shift fits none of the hour-long jobs, so every
 * ticket waits unassigned.
 */
class SubProblemTest
{

    @TempDir
    Path folder;
    private EngineHost engine;

    @BeforeEach
    void start()
    {
        engine = PlanarDay.start(folder);
        engine.call(new PutEngineer(NINE, "A", new EngineerSpec("engineer A", new Location(0, 0), List.of(new Skill("hvac", 1)),
            List.of(), new Shift(NINE, NINE + 30 * MINUTE, List.of(), 0), Stock.of(Map.of()), EngineerSpec.NO_CAPACITY)));
    }

    @AfterEach
    void stop()
    {
        engine.close();
    }

    @Test
    void shouldTakeATicketThatBreachesUnlessPlacedBeforeNearerRoutineWork()
    {
        final List<String> routine = new ArrayList<>();
        for (int i = 0; i < SubProblem.FAR_LIMIT + ImproverContext.DEFAULT_UNASSIGNED; i++)
        {
            routine.add(create(Priority.P4, new Location(1, 0), TicketSpec.NO_TIME));
        }
        // Farther than all of them, still within the near drive, and due before the engineer stops.
        final String urgent = create(Priority.P1, new Location(2.5, 0), NINE + 20 * MINUTE);

        final SubProblem problem = engine.ask(state ->
            SubProblem.around(state, "A", ImproverContext.DEFAULT_ENGINEERS, ImproverContext.DEFAULT_UNASSIGNED, NINE));

        assertThat(problem.unassigned()).hasSize(ImproverContext.DEFAULT_UNASSIGNED).startsWith(urgent);
        assertThat(routine).containsAll(problem.unassigned().subList(1, problem.unassigned().size()));
    }

    @Test
    void shouldReachFartherForATicketWithANarrowWindow()
    {
        // Beyond the near drive for work that can wait, within it for a window that cannot.
        final List<String> routine = new ArrayList<>();
        for (int i = 0; i <= SubProblem.FAR_LIMIT; i++)
        {
            routine.add(create(Priority.P4, new Location(4, 0), TicketSpec.NO_TIME));
        }
        final String narrow = create(Priority.P4, new Location(4.5, 0), TicketSpec.NO_TIME,
            new TimeWindow(NINE, NINE + 60 * MINUTE));

        final SubProblem problem = engine.ask(state ->
            SubProblem.around(state, "A", ImproverContext.DEFAULT_ENGINEERS, ImproverContext.DEFAULT_UNASSIGNED, NINE));

        assertThat(problem.unassigned()).as("two routine tickets from afar, and the narrow window")
            .hasSize(SubProblem.FAR_LIMIT + 1).contains(narrow);
        assertThat(routine).containsAll(problem.unassigned().subList(0, SubProblem.FAR_LIMIT));
    }

    private String create(final Priority priority, final Location where, final long due)
    {
        return create(priority, where, due, null);
    }

    private String create(final Priority priority, final Location where, final long due, final TimeWindow window)
    {
        final Outcome outcome = engine.call(new CreateTicket(NINE, new TicketSpec(null, "job", priority, null, null, where,
            List.of(new SkillRequirement("hvac", 1)), List.of(), Stock.of(Map.of()), 60, window, due)));
        final Ticket ticket = (Ticket)((Outcome.Applied)outcome).entity();
        assertThat(engine.<String>ask(state -> state.plan().engineerOf(ticket.id()))).as("no route has room").isNull();
        return ticket.id();
    }
}
