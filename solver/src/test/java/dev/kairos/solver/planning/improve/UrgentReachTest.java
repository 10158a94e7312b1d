package dev.kairos.solver.planning.improve;

import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.planning.Reach;
import dev.kairos.solver.state.Ticket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.kairos.solver.planning.improve.PlanarDay.MINUTE;
import static dev.kairos.solver.planning.improve.PlanarDay.NINE;
import static dev.kairos.solver.planning.improve.PlanarDay.put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path's reach ({@link Reach#REACH_MILLIS}) gives way only to keep a due time today. A plane where a
 * unit takes a minute: Near at the origin, Far 40 units west, both hvac 2. Near's morning is a 200-minute job 10 east
 * whose window closes at 09:25, so anything Near takes after it starts past 12:30. A job 10 west is 10 minutes from
 * Near and 30 from Far: beyond the 3 minutes' reach.
 */
class UrgentReachTest
{
    private static final Location WEST = new Location(-10, 0);

    @TempDir
    Path folder;
    private EngineHost engine;

    @BeforeEach
    void start()
    {
        engine = PlanarDay.start(folder);
        put(engine, "NEAR", new Location(0, 0), 2);
        put(engine, "FAR", new Location(-40, 0), 2);
        final String morning = create(Priority.P3, new Location(10, 0), 200, new TimeWindow(NINE, NINE + 25 * MINUTE), TicketSpec.NO_TIME);
        assertThat(engineerOf(morning)).isEqualTo("NEAR");
    }

    @AfterEach
    void stop()
    {
        engine.close();
    }

    @Test
    void shouldSendWorkDueTodayToTheEngineerWhoCanReachItInTime()
    {
        // Due at 11:00: Near would arrive at 12:50, Far arrives at 09:30 and is done by 10:00.
        final String urgent = create(Priority.P1, WEST, 30, null, NINE + 120 * MINUTE);

        assertThat(engineerOf(urgent)).isEqualTo("FAR");
    }

    @Test
    void shouldKeepTheReachForWorkLateWhoeverGoes()
    {
        // Due at 09:20: Far would arrive at 09:30, late too. The reach gives way only to keep a due time.
        final String lost = create(Priority.P1, WEST, 30, null, NINE + 20 * MINUTE);

        assertThat(engineerOf(lost)).isEqualTo("NEAR");
    }

    @Test
    void shouldKeepWorkDueTomorrowWithinReach()
    {
        final String routine = create(Priority.P3, WEST, 30, null, NINE + 24 * 60 * MINUTE);

        assertThat(engineerOf(routine)).isEqualTo("NEAR");
    }

    private String create(final Priority priority, final Location where, final int minutes, final TimeWindow window, final long due)
    {
        return ((Ticket)((Outcome.Applied)engine.call(new CreateTicket(NINE, new TicketSpec(null, "job", priority, null, null,
            where, List.of(new SkillRequirement("hvac", 2)), List.of(), Stock.of(Map.of()), minutes, window, due)))).entity()).id();
    }

    private String engineerOf(final String ticketId)
    {
        return engine.ask(state -> state.plan().engineerOf(ticketId));
    }
}
