package dev.kairos.solver.planning;

import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.TicketPatch;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.command.UpdateTicket;
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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast path through the real engine: where new and changed tickets go, and why some go nowhere. */
class InsertionTest
{
    static final long NINE = 1_795_424_400_000L; // 2026-11-23T09:00:00Z
    private static final long HOUR = 3_600_000L;
    /** Two engineers 10 km apart on an east-west line; only the far one does fiber. */
    private static final Location WEST = new Location(51.5, -0.2);
    private static final Location EAST = new Location(51.5, -0.056);

    @TempDir
    Path folder;
    private EngineHost engine;

    @BeforeEach
    void start()
    {
        engine = EngineHost.start(new EngineContext().clock(java.time.InstantSource.fixed(java.time.Instant.ofEpochMilli(NINE))).journalFolder(folder.resolve("journal")));
        engine.call(new PutEngineer(NINE, "E-WEST", engineer(WEST, List.of(new Skill("hvac", 2)))));
        engine.call(new PutEngineer(NINE, "E-EAST", engineer(EAST, List.of(new Skill("hvac", 1), new Skill("fiber", 1)))));
    }

    @AfterEach
    void stop()
    {
        engine.close();
    }

    @Test
    void shouldPlanANewTicketOnTheNearestQualifiedEngineer()
    {
        final Ticket ticket = create(ticket(new Location(51.5, -0.19), "hvac", 1, null));

        assertThat(ticket.status()).isEqualTo(TicketStatus.PLANNED);
        assertThat(engineerOf(ticket.id())).isEqualTo("E-WEST");
        final Route route = route("E-WEST");
        assertThat(route.ticketIds()).containsExactly(ticket.id());
        assertThat(route.stops().get(0).arrival()).as("leaves at nine, a short drive").isBetween(NINE, NINE + HOUR / 4);
    }

    @Test
    void shouldPreferSkillOverDistance()
    {
        final Ticket ticket = create(ticket(new Location(51.5, -0.19), "fiber", 1, null));

        assertThat(engineerOf(ticket.id())).isEqualTo("E-EAST");
    }

    @Test
    void shouldLeaveATicketNobodyCanServeUnassignedWithAReason()
    {
        final Ticket ticket = create(ticket(new Location(51.5, -0.19), "elevator", 1, null));

        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(reason(ticket.id()))
            .isEqualTo("no engineer has the required skills and tools");
    }

    @Test
    void shouldNotPlanAVisitThatWouldMissItsWindow()
    {
        // The window closes at 09:05; the nearest hvac engineer is ~8 minutes away at 30 km/h.
        final Ticket ticket = create(ticket(new Location(51.5, -0.145), "hvac", 2, new TimeWindow(NINE, NINE + 5 * 60_000L)));

        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(reason(ticket.id()))
            .startsWith("no qualified engineer can fit it (nearest: E-WEST: misses the window");
    }

    @Test
    void shouldOrderVisitsToSaveTravel()
    {
        final Ticket far = create(ticket(new Location(51.5, -0.12), "hvac", 2, null));
        final Ticket near = create(ticket(new Location(51.5, -0.18), "hvac", 2, null));

        assertThat(routeIds("E-WEST")).containsExactly(near.id(), far.id());
    }

    @Test
    void shouldTakeACancelledTicketOffItsRoute()
    {
        final Ticket first = create(ticket(new Location(51.5, -0.19), "hvac", 1, null));
        final Ticket second = create(ticket(new Location(51.5, -0.18), "hvac", 1, null));

        engine.call(new CancelTicket(NINE + 1, first.id(), "resolved by phone"));

        assertThat(routeIds("E-WEST")).containsExactly(second.id());
        assertThat(engineerOf(first.id())).isNull();
    }

    @Test
    void shouldPlaceAChangedTicketAgain()
    {
        final Ticket ticket = create(ticket(new Location(51.5, -0.19), "hvac", 1, null));

        engine.call(new UpdateTicket(NINE + 1, ticket.id(), new TicketPatch(null, null, null, null, null,
            List.of(new SkillRequirement("fiber", 1)), null, null, 0, null, TicketSpec.NO_TIME)));

        assertThat(engineerOf(ticket.id())).isEqualTo("E-EAST");
        assertThat(routeIds("E-WEST")).isEmpty();
    }

    private String engineerOf(final String ticketId)
    {
        return engine.<String>ask(state -> state.plan().engineerOf(ticketId));
    }

    private String reason(final String ticketId)
    {
        return engine.<String>ask(state -> state.plan().unassigned().get(ticketId));
    }

    private Route route(final String engineerId)
    {
        return engine.<Route>ask(state -> state.route(engineerId));
    }

    private List<String> routeIds(final String engineerId)
    {
        return route(engineerId).ticketIds();
    }

    private Ticket create(final TicketSpec spec)
    {
        return (Ticket)((Outcome.Applied)engine.call(new CreateTicket(NINE, spec))).entity();
    }

    static TicketSpec ticket(final Location location, final String skill, final int level, final TimeWindow window)
    {
        return new TicketSpec(null, "job", Priority.P3, null, null, location, List.of(new SkillRequirement(skill, level)),
            List.of(), Stock.of(Map.of()), 30, window, TicketSpec.NO_TIME);
    }

    static EngineerSpec engineer(final Location home, final List<Skill> skills)
    {
        return new EngineerSpec("engineer", home, skills, List.of(), new Shift(NINE, NINE + 8 * HOUR, List.of(), 0),
            Stock.of(Map.of()), EngineerSpec.NO_CAPACITY);
    }
}
