package dev.kairos.solver.planning;

import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.state.Ticket;

import java.util.List;
import java.util.Map;

/** Plain hvac engineers and half-hour hvac jobs for the optimiser's tests. */
public final class PlanFixture
{
    private PlanFixture()
    {
    }

    /** An hvac engineer on an eight-hour shift from {@code start}, with room for {@code capacity} visits. */
    public static EngineerSpec engineer(final Location home, final long start, final int capacity)
    {
        return new EngineerSpec("engineer", home, List.of(new Skill("hvac", 1)), List.of(),
            new Shift(start, start + 8 * 3_600_000L, List.of(), 0), Stock.of(Map.of()), capacity);
    }

    /** Creates a half-hour hvac job at {@code location}; the engine's answer. */
    public static Outcome job(final EngineHost engine, final Location location, final long at)
    {
        return engine.call(new CreateTicket(at, new TicketSpec(null, "job", Priority.P3, null, null, location,
            List.of(new SkillRequirement("hvac", 1)), List.of(), Stock.of(Map.of()), 30, null, TicketSpec.NO_TIME)));
    }

    /** As {@link #job}, returning the new ticket's id. */
    public static String created(final EngineHost engine, final Location location, final long at)
    {
        return ((Ticket)((Outcome.Applied)job(engine, location, at)).entity()).id();
    }
}
