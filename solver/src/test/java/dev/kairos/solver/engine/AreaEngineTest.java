package dev.kairos.solver.engine;

import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.SetArea;
import dev.kairos.solver.domain.Area;
import dev.kairos.solver.domain.Coordinates;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Stop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;

import static dev.kairos.solver.engine.StockFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** A planar deployment: the journaled area decides how the fast path prices travel, now and after a restart. */
class AreaEngineTest
{
    private static final long MINUTE = 60_000;
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochMilli(T0));

    @TempDir
    Path folder;

    private EngineHost start()
    {
        return EngineHost.start(new EngineContext().clock(CLOCK).journalFolder(folder.resolve("journal")));
    }

    @Test
    void shouldPlanOnAPlaneWithTheJournaledUnitAndKeepItAcrossARestart()
    {
        try (EngineHost host = start())
        {
            assertThat(host.call(new SetArea(T0, Coordinates.PLANAR, MINUTE))).isInstanceOf(Outcome.Applied.class);
            host.call(new PutEngineer(T0, "E-1", StockFixture.engineer(new Location(0, 0), Map.of())));
            host.call(new CreateTicket(T0, StockFixture.ticket(new Location(30, 40), Map.of())));
            final Stop stop = host.<Stop>ask(s -> s.route("E-1").stops().get(0));
            assertThat(stop.arrival() - T0).as("50 units at a minute each").isEqualTo(50 * MINUTE);
        }
        try (EngineHost host = start())
        {
            assertThat(host.<Area>ask(LiveState::area)).isEqualTo(Area.planar(MINUTE));
            assertThat(host.<Stop>ask(s -> s.route("E-1").stops().get(0)).arrival() - T0)
                .as("replay re-times the route on the plane too").isEqualTo(50 * MINUTE);
        }
    }

    @Test
    void shouldRefuseToChangeTheAreaOnceSomethingIsLocatedInIt()
    {
        try (EngineHost host = start())
        {
            host.call(new PutEngineer(T0, "E-1", StockFixture.engineer(new Location(51.5, -0.1), Map.of())));
            final Outcome refused = host.call(new SetArea(T0, Coordinates.PLANAR, MINUTE));
            assertThat(refused).isInstanceOf(Outcome.Refused.class);
            assertThat(((Outcome.Refused)refused).detail()).contains("the area is geographic");
            assertThat(host.call(new SetArea(T0, Coordinates.GEOGRAPHIC, 0))).as("setting what it is changes nothing")
                .isInstanceOf(Outcome.Applied.class);
            assertThat(host.<Area>ask(LiveState::area)).isEqualTo(Area.GEOGRAPHIC);
        }
    }
}
