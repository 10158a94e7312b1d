package dev.kairos.solver.engine;

import dev.kairos.solver.command.ChangeEngineerStatus;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.domain.Tools;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.PartsReservation;
import dev.kairos.solver.state.StateDigest;
import dev.kairos.solver.state.Stop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static dev.kairos.solver.engine.StockFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real engine and journal: an engineer without a ticket's tool gets the ticket through
 * a depot that lends it (one stop with the parts the van lacks), keeps the tool for the next visit,
 * (taken at check-in, kept after that visit is done, returned at shift end), and replay rebuilds the
 * same plan from the journaled depot. A depot that lends nothing leaves the
 * ticket unassigned, as before depots lent tools.
 */
class ToolPickUpEngineTest
{
    private static final Location HOME = new Location(51.50, -0.20);
    private static final Location ON_THE_WAY = new Location(51.50, -0.16);
    private static final Location SITE = new Location(51.50, -0.12);
    private static final Location NEXT_SITE = new Location(51.51, -0.11);
    private static final List<String> METER = List.of("meter");

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
    void shouldPlanAToollessEngineerThroughTheLendingDepotAndKeepTheTool()
    {
        start();
        applied(new PutDepot(T0, "D-way", ON_THE_WAY, Stock.of(Map.of("fuse", 5)), Tools.of(METER)));
        applied(new PutEngineer(T0, "E-1", StockFixture.engineer(HOME, Map.of())));

        applied(new CreateTicket(T0, ticket(SITE, METER, Map.of("fuse", 2))));
        applied(new CreateTicket(T0, ticket(NEXT_SITE, METER, Map.of())));

        assertThat(host.<List<String>>ask(s -> s.route("E-1").ticketIds())).containsExactly("T-1", "T-2");
        final Stop first = host.<Stop>ask(s -> s.route("E-1").stops().get(0));
        assertThat(first.pickUp()).as("one stop: the fuses the van lacks and the meter")
            .isEqualTo(new Stop.PickUp("D-way", Stock.of(Map.of("fuse", 2)), Tools.of(METER)));
        final long via = host.<Long>ask(s -> s.travel().millis(HOME, ON_THE_WAY) + s.travel().millis(ON_THE_WAY, SITE));
        assertThat(first.arrival()).isEqualTo(T0 + via + PutDepot.DEFAULT_COUNTER_MILLIS);
        final Stop second = host.<Stop>ask(s -> s.route("E-1").stops().get(1));
        assertThat(second.pickUp()).as("the meter stays in the van").isNull();

        now.addAndGet(1_000);
        host.ask(LiveState::position);
        final PartsReservation reservation = host.ask(s -> s.stock().reservation("T-1"));
        assertThat(reservation.depotId()).as("the parts are reserved at the depot the tool comes from").isEqualTo("D-way");

        final String digest = host.ask(StateDigest::of);
        host.close();
        start();
        assertThat(host.startDigest()).as("the lending depot replays from its journal record").isEqualTo(digest);
        assertThat(host.<Stop>ask(s -> s.route("E-1").stops().get(0)).pickUp().tools()).containsExactly("meter");
    }

    @Test
    void shouldKeepABorrowedToolAfterTheVisitThatCollectedItUntilTheShiftEnds()
    {
        start();
        applied(new PutDepot(T0, "D-way", ON_THE_WAY, Stock.empty(), Tools.of(METER)));
        applied(new PutEngineer(T0, "E-1", StockFixture.engineer(HOME, Map.of())));
        applied(new CreateTicket(T0, ticket(SITE, METER, Map.of())));
        applied(new CreateTicket(T0, ticket(NEXT_SITE, METER, Map.of())));
        now.addAndGet(1_000);
        host.ask(LiveState::position);

        applied(new TicketProgress(now.get(), "T-1", TicketStatus.ON_SITE, SITE, null, null));
        assertThat(host.<Engineer>ask(s -> s.engineer("E-1")).borrowedTools()).as("collected on the way").containsExactly("meter");
        applied(new TicketProgress(now.get() + 1_000, "T-1", TicketStatus.COMPLETED, null, "done", null));

        final Stop next = host.<Stop>ask(s -> s.route("E-1").stops().get(0));
        assertThat(next.ticketId()).isEqualTo("T-2");
        assertThat(next.pickUp()).as("the first visit is done, the meter is still in the van").isNull();

        applied(new ChangeEngineerStatus(now.get() + 2_000, "E-1", EngineerStatus.OFF_SHIFT));
        assertThat(host.<Engineer>ask(s -> s.engineer("E-1")).borrowedTools()).as("returned at shift end").isEmpty();
        final String digest = host.ask(StateDigest::of);
        host.close();
        start();
        assertThat(host.startDigest()).isEqualTo(digest);
    }

    @Test
    void shouldLeaveUnassignedWhatNoEngineerCarriesAndNoDepotLends()
    {
        start();
        applied(new PutDepot(T0, "D-way", ON_THE_WAY, Stock.of(Map.of("fuse", 5)), Tools.of(List.of("drill"))));
        applied(new PutEngineer(T0, "E-1", StockFixture.engineer(HOME, Map.of())));

        applied(new CreateTicket(T0, ticket(SITE, METER, Map.of())));

        assertThat(host.<Map<String, String>>ask(s -> Map.copyOf(s.plan().unassigned())))
            .containsEntry("T-1", "no engineer has the required skills and tools");
    }

    private static TicketSpec ticket(final Location where, final List<String> tools, final Map<String, Integer> parts)
    {
        return new TicketSpec(null, "Meter check", Priority.P3, null, null, where, List.of(new SkillRequirement("hvac", 1)),
            tools, Stock.of(parts), 30, null, TicketSpec.NO_TIME);
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
