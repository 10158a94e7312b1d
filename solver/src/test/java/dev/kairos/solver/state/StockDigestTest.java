package dev.kairos.solver.state;

import dev.kairos.solver.domain.Stock;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A parts reservation is live state: changing any of its fields changes the digest, and the reserved totals follow it. */
class StockDigestTest
{
    private static final PartsReservation RESERVATION = new PartsReservation("T-1", "E-1", Stock.of(Map.of("filter", 1)), "D-1",
        Stock.of(Map.of("valve", 2)), Stock.of(Map.of("pump", 1)), false, 1_795_000_000_000L, 9);

    @Test
    void shouldChangeWhenAnyFieldOfAReservationChanges() throws Exception
    {
        final Set<String> seen = new HashSet<>(Set.of(StateDigest.of(withReservation(RESERVATION))));
        final List<String> unchanged = new ArrayList<>();
        final List<Object> variants = RecordVariants.of(RESERVATION);
        for (final Object variant : variants)
        {
            if (!seen.add(StateDigest.of(withReservation((PartsReservation)variant))))
            {
                unchanged.add(variant.toString());
            }
        }
        assertThat(variants).hasSizeGreaterThan(10);
        assertThat(unchanged).as("variants whose digest did not change").isEmpty();
    }

    @Test
    void shouldChangeWhenAnyFieldOfAStockTimelineEventChanges() throws Exception
    {
        final TicketTimeline timeline = new TicketTimeline("T-1", List.of(new TicketEvent.StockMoved(1_795_000_000_000L, 9,
            "stock.reserved", "E-1", "D-1", Stock.of(Map.of("filter", 2)))), List.of("K-1"));
        final LiveState state = new LiveState();
        state.restore(timeline);
        final Set<String> seen = new HashSet<>(Set.of(StateDigest.of(state)));
        final List<Object> variants = RecordVariants.of(timeline);
        for (final Object variant : variants)
        {
            final LiveState copy = new LiveState();
            copy.restore(variant);
            assertThat(seen.add(StateDigest.of(copy))).as("%s", variant).isTrue();
        }
        assertThat(variants).hasSizeGreaterThan(6);
    }

    @Test
    void shouldCountTheDepotShareAtTheVanOncePickedUp()
    {
        final LiveState state = withReservation(RESERVATION);
        assertThat(state.stock().reserved(StockLedger.depot("D-1"))).isEqualTo(Map.of("valve", 2));
        assertThat(state.stock().reserved(StockLedger.van("E-1"))).isEqualTo(Map.of("filter", 1));

        state.restore(new PartsReservation("T-1", "E-1", RESERVATION.van(), "D-1", RESERVATION.depot(), RESERVATION.missing(), true,
            RESERVATION.at(), 10));

        assertThat(state.stock().reserved(StockLedger.depot("D-1"))).isEmpty();
        assertThat(state.stock().reserved(StockLedger.van("E-1"))).isEqualTo(Map.of("filter", 1, "valve", 2));
    }

    private static LiveState withReservation(final PartsReservation reservation)
    {
        final LiveState state = new LiveState();
        state.restore(reservation);
        return state;
    }
}
