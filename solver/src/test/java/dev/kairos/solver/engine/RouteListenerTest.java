package dev.kairos.solver.engine;

import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.planning.PlanFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** What the engine tells the optimiser: which routes changed, and whether each took new work. */
class RouteListenerTest
{
    private static final long NINE = 1_795_424_400_000L;
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochMilli(NINE));

    private record Change(String engineerId, boolean newWork)
    {
    }

    @TempDir
    Path folder;
    private EngineHost engine;
    private final List<Change> changes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start()
    {
        engine = EngineHost.start(new EngineContext().clock(CLOCK).journalFolder(folder.resolve("journal")));
        engine.call(new PutEngineer(NINE, "E-WEST", PlanFixture.engineer(new Location(51.5, -0.2), NINE, 1)));
        engine.onRoutesChanged((engineerId, newWork) -> changes.add(new Change(engineerId, newWork)));
    }

    @AfterEach
    void stop()
    {
        engine.close();
    }

    @Test
    void shouldCallARouteThatTookANewTicketNewWork()
    {
        PlanFixture.created(engine, new Location(51.5, -0.21), NINE);

        assertThat(changes).containsExactly(new Change("E-WEST", true));
    }

    @Test
    void shouldCallTheNearestEngineerToATicketNoOneCouldTakeNewWork()
    {
        PlanFixture.created(engine, new Location(51.5, -0.21), NINE);
        changes.clear();

        final String full = PlanFixture.created(engine, new Location(51.5, -0.22), NINE);

        assertThat(engine.<String>ask(state -> state.plan().engineerOf(full))).as("E-WEST has room for one visit").isNull();
        assertThat(changes).containsExactly(new Change("E-WEST", true));
    }

    @Test
    void shouldNotCallARouteThatOnlyLostAVisitNewWork()
    {
        final String ticket = PlanFixture.created(engine, new Location(51.5, -0.21), NINE);
        changes.clear();

        engine.call(new CancelTicket(NINE, ticket, "duplicate"));

        assertThat(changes).containsExactly(new Change("E-WEST", false));
    }
}
