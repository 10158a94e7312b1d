package dev.kairos.solver.engine;

import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.Tools;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.PartsReservation;
import dev.kairos.solver.state.StateDigest;
import dev.kairos.solver.state.Stop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static dev.kairos.solver.engine.StockFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An engineer whose van lacks a visit's parts is routed through a depot that has them: the fast
 * path plans the pick-up, the route's times include the detour and the counter, dispatch reserves
 * at that depot, and replay rebuilds the same plan. The counter time is the depot's own. Nothing
 * that no depot stocks is planned.
 */
class PickUpEngineTest
{
    private static final Location HOME = new Location(51.50, -0.20);
    private static final Location ON_THE_WAY = new Location(51.50, -0.16);
    private static final Location OFF_THE_WAY = new Location(51.58, -0.20);
    private static final Location SITE = new Location(51.50, -0.12);

    @TempDir
    Path folder;
    private final AtomicLong now = new AtomicLong(T0);
    private EngineHost host;

    @AfterEach
    void stop()
    {
        host.close();
    }

    @Test
    void shouldPlanAPickUpAtTheDepotOnTheWayAndReserveThereAtDispatch()
    {
        start();
        applied(new PutDepot(T0, "D-off", OFF_THE_WAY, Stock.of(Map.of("filter", 9))));
        applied(new PutDepot(T0, "D-way", ON_THE_WAY, Stock.of(Map.of("filter", 3))));
        applied(new PutEngineer(T0, "E-1", StockFixture.engineer(HOME, Map.of("filter", 1))));

        applied(new CreateTicket(T0, StockFixture.ticket(SITE, Map.of("filter", 3))));

        final Stop stop = host.<Stop>ask(s -> s.route("E-1").stops().get(0));
        assertThat(stop.ticketId()).isEqualTo("T-1");
        assertThat(stop.pickUp()).isEqualTo(new Stop.PickUp("D-way", Stock.of(Map.of("filter", 2))));
        final long via = host.<Long>ask(s -> s.travel().millis(HOME, ON_THE_WAY) + s.travel().millis(ON_THE_WAY, SITE));
        assertThat(stop.arrival()).isEqualTo(T0 + via + PutDepot.DEFAULT_COUNTER_MILLIS);
        now.addAndGet(1_000);
        host.ask(LiveState::position);
        final PartsReservation reservation = host.ask(s -> s.stock().reservation("T-1"));
        assertThat(reservation).as("dispatched at the next tick: the engineer is idle").isNotNull();
        assertThat(reservation.van()).isEqualTo(Map.of("filter", 1));
        assertThat(reservation.depotId()).isEqualTo("D-way");
        assertThat(reservation.depot()).isEqualTo(Map.of("filter", 2));
        assertThat(host.ask(StockFixture::brokenInvariants)).isEmpty();

        final String digest = host.ask(StateDigest::of);
        host.close();
        start();
        assertThat(host.startDigest()).as("replay applies the journaled plan and re-times it the same way").isEqualTo(digest);
    }

    @ParameterizedTest(name = "{0} counter minutes")
    @ValueSource(ints = {0, 25})
    void shouldTimeThePickUpWithTheDepotsOwnCounterTimeAndReplayIt(final int counterMinutes)
    {
        start();
        applied(new PutDepot(T0, "D-way", ON_THE_WAY, Stock.of(Map.of("filter", 3)), Tools.empty(), counterMinutes * 60_000L));
        applied(new PutEngineer(T0, "E-1", StockFixture.engineer(HOME, Map.of("filter", 1))));

        applied(new CreateTicket(T0, StockFixture.ticket(SITE, Map.of("filter", 3))));

        final Stop stop = host.<Stop>ask(s -> s.route("E-1").stops().get(0));
        assertThat(stop.pickUp()).isEqualTo(new Stop.PickUp("D-way", Stock.of(Map.of("filter", 2))));
        final long via = host.<Long>ask(s -> s.travel().millis(HOME, ON_THE_WAY) + s.travel().millis(ON_THE_WAY, SITE));
        assertThat(stop.arrival()).isEqualTo(T0 + via + counterMinutes * 60_000L);
        assertThat(host.<Long>ask(s -> s.depot("D-way").counterMillis())).isEqualTo(counterMinutes * 60_000L);

        final String digest = host.ask(StateDigest::of);
        host.close();
        start();
        assertThat(host.startDigest()).as("the counter time is journaled with the depot").isEqualTo(digest);
        assertThat(host.<Long>ask(s -> s.depot("D-way").counterMillis())).isEqualTo(counterMinutes * 60_000L);
    }

    @Test
    void shouldLeaveUnassignedWhatNeitherVanNorDepotHas()
    {
        start();
        applied(new PutDepot(T0, "D-way", ON_THE_WAY, Stock.of(Map.of("filter", 3))));
        applied(new PutEngineer(T0, "E-1", StockFixture.engineer(HOME, Map.of())));

        applied(new CreateTicket(T0, StockFixture.ticket(SITE, Map.of("valve", 1))));
        applied(new CreateTicket(T0, StockFixture.ticket(SITE, Map.of("filter", 4))));

        assertThat(host.<Map<String, String>>ask(s -> Map.copyOf(s.plan().unassigned()))).containsOnlyKeys("T-1", "T-2")
            .containsEntry("T-1", "no engineer with the skills and tools has the parts and shift time left");
        assertThat(host.<Integer>ask(s -> s.route("E-1").stops().size())).isZero();
    }

    private void start()
    {
        host = EngineHost.start(new EngineContext().journalFolder(folder).clock(() -> Instant.ofEpochMilli(now.get())));
    }

    private void applied(final dev.kairos.solver.command.Command command)
    {
        assertThat(host.call(command)).as("%s", command).isInstanceOf(Outcome.Applied.class);
        host.ask(LiveState::position);
    }
}
