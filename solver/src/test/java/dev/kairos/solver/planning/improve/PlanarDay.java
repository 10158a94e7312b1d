package dev.kairos.solver.planning.improve;

import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PutEngineer;
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
import dev.kairos.solver.state.Ticket;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The improvement path's test day: a real engine on a plane where a unit takes a minute, its clock
 * stopped at nine, hvac engineers and 30-minute hvac jobs 10 units east of the origin whose window
 * closes at 09:25.
 */
final class PlanarDay
{
    static final long NINE = 1_795_424_400_000L;
    static final long MINUTE = 60_000L;

    private PlanarDay()
    {
    }

    static EngineHost start(final Path folder)
    {
        final EngineHost engine = EngineHost.start(new EngineContext().clock(InstantSource.fixed(Instant.ofEpochMilli(NINE)))
            .journalFolder(folder.resolve("journal")));
        engine.call(new SetArea(NINE, Coordinates.PLANAR, MINUTE));
        return engine;
    }

    /** An hvac engineer of that level, on shift from nine for eight hours. */
    static void put(final EngineHost engine, final String id, final Location home, final int level)
    {
        engine.call(new PutEngineer(NINE, id, new EngineerSpec("engineer " + id, home, List.of(new Skill("hvac", level)),
            List.of(), new Shift(NINE, NINE + 8 * 60 * MINUTE, List.of(), 0), Stock.of(Map.of()), EngineerSpec.NO_CAPACITY)));
    }

    /** A job needing hvac at that level; returns its id. */
    static String create(final EngineHost engine, final int level)
    {
        return ((Ticket)((Outcome.Applied)engine.call(new CreateTicket(NINE, new TicketSpec(null, "job", Priority.P3, null, null,
            new Location(10, 0), List.of(new SkillRequirement("hvac", level)), List.of(), Stock.of(Map.of()), 30,
            new TimeWindow(NINE, NINE + 25 * MINUTE), TicketSpec.NO_TIME)))).entity()).id();
    }

    static void applied(final Outcome outcome)
    {
        assertThat(outcome).isInstanceOf(Outcome.Applied.class);
    }
}
