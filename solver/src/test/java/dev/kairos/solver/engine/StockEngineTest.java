package dev.kairos.solver.engine;

import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.RestockDepot;
import dev.kairos.solver.command.SetVanStock;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.TransferStock;
import dev.kairos.solver.command.TicketPatch;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.PartsReservation;
import dev.kairos.solver.state.StockLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static dev.kairos.solver.engine.StockFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** Reservations through a real engine and journal: dispatch reserves, check-in picks up, completion consumes. */
class StockEngineTest
{
    private static final Location HOME = new Location(51.50, -0.12);
    private static final Location NEAR = new Location(51.51, -0.12);
    private static final Location FAR = new Location(51.70, -0.40);

    @TempDir
    Path folder;
    private final AtomicLong now = new AtomicLong(T0);
    private EngineHost host;

    @AfterEach
    void stop()
    {
        if (host != null)
        {
            host.close();
        }
    }

    @Test
    void shouldReserveFromTheVanThenFromTheNearestDepotAndConsumeWhatIsUsed()
    {
        start();
        applied(new PutDepot(T0, "D-near", NEAR, Stock.of(Map.of("filter", 5))));
        applied(new PutDepot(T0, "D-far", FAR, Stock.of(Map.of("filter", 10))));
        applied(new PutEngineer(T0, "E-1", StockFixture.engineer(HOME, Map.of("filter", 1))));
        applied(new CreateTicket(tick(), StockFixture.ticket(NEAR, Map.of("filter", 1))));
        host.ask(LiveState::position);

        assertThat(reservation("T-1")).extracting(PartsReservation::van, PartsReservation::depotId)
            .containsExactly(Map.of("filter", 1), null);
        assertThat(value(s -> s.stock().available(StockLedger.van("E-1"), s.engineer("E-1").spec().stock(), "filter"))).isEqualTo(0);

        // The van has no filter left to spare: a dispatcher's pin puts the next one on E-1 anyway.
        applied(new CreateTicket(tick(), StockFixture.ticket(NEAR, Map.of("filter", 2))));
        applied(new PinTicket(tick(), "T-2", "E-1"));
        walk("T-1", Map.of("filter", 1));
        host.ask(LiveState::position);

        final PartsReservation second = reservation("T-2");
        assertThat(second.depotId()).as("the depot that adds the least driving").isEqualTo("D-near");
        assertThat(second.depot()).isEqualTo(Map.of("filter", 2));
        assertThat(value(s -> s.stock().reserved(StockLedger.depot("D-near"), "filter"))).isEqualTo(2);

        applied(progress("T-2", TicketStatus.ACCEPTED, null));
        applied(progress("T-2", TicketStatus.ON_SITE, null));
        assertThat(value(s -> s.depot("D-near").stock().get("filter"))).as("picked up at check-in").isEqualTo(3);
        assertThat(value(s -> s.engineer("E-1").spec().stock().get("filter"))).isEqualTo(2);
        assertThat(value(s -> s.stock().reserved(StockLedger.van("E-1"), "filter"))).isEqualTo(2);

        final long position = host.position();
        final Outcome tooMany = host.call(progress("T-2", TicketStatus.COMPLETED, Map.of("filter", 3)));
        assertThat(tooMany).isEqualTo(new Outcome.Refused(Outcome.Refusal.INVALID,
            "partsUsed.filter: the van has 2 that this visit may use", "partsUsed.filter", 3));
        assertThat(host.position()).isEqualTo(position);

        applied(progress("T-2", TicketStatus.COMPLETED, Map.of("filter", 1)));
        assertThat(value(s -> s.engineer("E-1").spec().stock().get("filter"))).as("one used, one back in the van").isEqualTo(1);
        assertThat(value(s -> s.stock().reserved(StockLedger.van("E-1")))).isEqualTo(Map.of());
        assertThat(host.ask(StockFixture::brokenInvariants)).isEmpty();
        final java.util.List<String> timeline = host.ask(s -> s.timeline().of("T-2").stream()
            .filter(e -> e.type().startsWith("stock.")).map(e -> e.type() + " " + ((dev.kairos.solver.state.TicketEvent.StockMoved)e).parts())
            .toList());
        assertThat(timeline).containsExactly(
            "stock.reserved {filter=2}", "stock.changed {filter=2}", "stock.changed {filter=1}", "stock.released {filter=2}");
    }

    @Test
    void shouldCountAStockOutAndReleaseOnCancel()
    {
        start();
        applied(new PutDepot(T0, "D-1", NEAR, Stock.of(Map.of("filter", 1))));
        applied(new PutEngineer(T0, "E-1", StockFixture.engineer(HOME, Map.of())));
        applied(new CreateTicket(tick(), StockFixture.ticket(NEAR, Map.of("valve", 1))));
        applied(new PinTicket(tick(), "T-1", "E-1"));
        host.ask(LiveState::position);

        assertThat(reservation("T-1").missing()).isEqualTo(Map.of("valve", 1));
        assertThat(value(s -> dev.kairos.solver.kpi.Kpis.of(s, now.get(), java.time.ZoneOffset.UTC).partsStockOuts())).isEqualTo(1);

        applied(new CancelTicket(tick(), "T-1", null));
        assertThat(value(s -> s.stock().reservations().size())).isEqualTo(0);
    }

    @Test
    void shouldReReserveWhenAPatchChangesADispatchedVisitsParts()
    {
        start();
        applied(new PutDepot(T0, "D-near", NEAR, Stock.of(Map.of("filter", 5))));
        applied(new PutEngineer(T0, "E-1", StockFixture.engineer(HOME, Map.of("filter", 2))));
        applied(new CreateTicket(tick(), StockFixture.ticket(NEAR, Map.of("filter", 1))));
        host.ask(LiveState::position);
        assertThat(reservation("T-1").van()).isEqualTo(Map.of("filter", 1));

        applied(new UpdateTicket(tick(), "T-1", parts(Map.of("filter", 4))));
        final PartsReservation more = reservation("T-1");
        assertThat(more.van()).as("its own filter back, and the van's other one").isEqualTo(Map.of("filter", 2));
        assertThat(more.depotId()).isEqualTo("D-near");
        assertThat(more.depot()).isEqualTo(Map.of("filter", 2));
        assertThat(value(s -> s.stock().reserved(StockLedger.van("E-1"), "filter"))).isEqualTo(2);
        assertThat(value(s -> s.stock().reserved(StockLedger.depot("D-near"), "filter"))).isEqualTo(2);
        assertThat(host.ask(StockFixture::brokenInvariants)).isEmpty();

        applied(new UpdateTicket(tick(), "T-1", parts(Map.of("filter", 1))));
        assertThat(reservation("T-1").van()).isEqualTo(Map.of("filter", 1));
        assertThat(value(s -> s.stock().reserved(StockLedger.depot("D-near")))).as("the depot share given back").isEqualTo(Map.of());

        applied(new UpdateTicket(tick(), "T-1", parts(Map.of())));
        assertThat(value(s -> s.stock().reservation("T-1"))).as("no parts: released, nothing reserved").isNull();
        assertThat(value(s -> s.stock().reserved(StockLedger.van("E-1")))).isEqualTo(Map.of());
        applied(new UpdateTicket(tick(), "T-1", parts(Map.of("valve", 1))));
        assertThat(reservation("T-1").missing()).as("nobody has a valve: a stock-out").isEqualTo(Map.of("valve", 1));

        final java.util.List<String> timeline = host.ask(s -> s.timeline().of("T-1").stream()
            .filter(e -> e.type().startsWith("stock.")).map(e -> e.type() + " " + ((dev.kairos.solver.state.TicketEvent.StockMoved)e).parts())
            .toList());
        assertThat(timeline).containsExactly("stock.reserved {filter=1}", "stock.released {filter=1}", "stock.reserved {filter=4}",
            "stock.released {filter=4}", "stock.reserved {filter=1}", "stock.released {filter=1}", "stock.reserved {}",
            "stock.out {valve=1}");

        // Replay applies the reservations journaled with the patches (tag 34) without deciding them again.
        final String digest = host.ask(dev.kairos.solver.state.StateDigest::of);
        host.close();
        start();
        assertThat(host.startDigest()).isEqualTo(digest);
    }

    private static TicketPatch parts(final Map<String, Integer> parts)
    {
        return new TicketPatch(null, null, null, null, null, null, null, Stock.of(parts), 0, null, TicketSpec.NO_TIME);
    }

    @Test
    void shouldRefuseBadStockChangesNamingTheFieldAndJournalNothing()
    {
        start();
        applied(new PutDepot(T0, "D-1", NEAR, Stock.of(Map.of("filter", 1))));
        applied(new PutEngineer(T0, "E-1", StockFixture.engineer(HOME, Map.of("filter", 2))));
        applied(new CreateTicket(tick(), StockFixture.ticket(NEAR, Map.of("filter", 2))));
        host.ask(LiveState::position);
        final long position = host.position();

        assertThat(refusedField(new SetVanStock(tick(), "E-1", Stock.of(Map.of("filter", 1))))).isEqualTo("stock.filter");
        assertThat(refusedField(new TransferStock(tick(), "E-1", "D-1", Stock.of(Map.of("filter", 2)), true))).isEqualTo("parts.filter");
        assertThat(refusedField(new TransferStock(tick(), "E-1", "D-1", Stock.of(Map.of("filter", 1)), false)))
            .as("both of the van's filters are reserved").isEqualTo("parts.filter");
        assertThat(refusedField(new TransferStock(tick(), "E-1", "D-9", Stock.of(Map.of("filter", 1)), true))).isEqualTo("depotId");
        assertThat(refusedField(new PutEngineer(tick(), "E-1", StockFixture.engineer(HOME, Map.of())))).isEqualTo("stock.filter");
        assertThat(host.call(new RestockDepot(tick(), "D-9", Stock.of(Map.of("filter", 1)))))
            .isEqualTo(new Outcome.Refused(Outcome.Refusal.NOT_FOUND, "no depot D-9"));
        assertThat(host.position()).isEqualTo(position);
    }

    private String refusedField(final Command command)
    {
        final Outcome outcome = host.call(command);
        assertThat(outcome).as("%s", command).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused)outcome).field();
    }

    /** Accept, check in, complete with these parts used. */
    private void walk(final String ticketId, final Map<String, Integer> used)
    {
        applied(progress(ticketId, TicketStatus.ACCEPTED, null));
        applied(progress(ticketId, TicketStatus.ON_SITE, null));
        applied(progress(ticketId, TicketStatus.COMPLETED, used));
    }

    private TicketProgress progress(final String ticketId, final TicketStatus to, final Map<String, Integer> used)
    {
        return new TicketProgress(tick(), ticketId, to, null, null, used == null ? null : Stock.of(used));
    }

    private PartsReservation reservation(final String ticketId)
    {
        final PartsReservation reservation = host.ask(s -> s.stock().reservation(ticketId));
        assertThat(reservation).as("reservation of %s", ticketId).isNotNull();
        return reservation;
    }

    private Object value(final java.util.function.Function<LiveState, Object> query)
    {
        return host.ask(query);
    }

    private long tick()
    {
        return now.addAndGet(1_000);
    }

    private void applied(final Command command)
    {
        assertThat(host.call(command)).as("%s", command).isInstanceOf(Outcome.Applied.class);
    }

    private void start()
    {
        host = EngineHost.start(new EngineContext().journalFolder(folder.resolve("journal")).tickInterval(Duration.ZERO)
            .clock(() -> Instant.ofEpochMilli(now.get())));
    }
}
