package dev.kairos.gateway.api;

import dev.kairos.solver.domain.Location;
import dev.kairos.solver.state.Depot;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.PartsReservation;
import dev.kairos.solver.state.StockLedger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/** Stock as the API shows it: per sku on hand, reserved and available, and the reservations behind it. Engine thread. */
final class StockViews
{
    private StockViews()
    {
    }

    record Level(String sku, int onHand, int reserved, int available)
    {
    }

    record ReservationView(String ticketId, String engineerId, Map<String, Integer> van, String depotId,
        Map<String, Integer> depot, Map<String, Integer> missing, boolean pickedUp, String at, long position)
    {
    }

    record VanStockView(String engineerId, List<Level> skus, List<ReservationView> reservations, long position)
    {
    }

    record DepotStockView(String id, Location location, Map<String, Integer> stock, java.util.Set<String> tools, long counterMinutes,
        List<Level> skus, List<ReservationView> reservations, String updatedAt, long position)
    {
    }

    static VanStockView van(final LiveState state, final Engineer engineer)
    {
        final String holder = StockLedger.van(engineer.id());
        return new VanStockView(engineer.id(), levels(state, holder, engineer.spec().stock()),
            reservations(state, r -> r.engineerId().equals(engineer.id())), engineer.position());
    }

    static DepotStockView depot(final LiveState state, final Depot depot)
    {
        final String holder = StockLedger.depot(depot.id());
        return new DepotStockView(depot.id(), depot.location(), depot.stock(), depot.tools(), Views.counterMinutes(depot),
            levels(state, holder, depot.stock()), reservations(state, r -> depot.id().equals(r.depotId()) && !r.pickedUp()),
            Views.time(depot.updatedAt()), depot.position());
    }

    private static List<Level> levels(final LiveState state, final String holder, final Map<String, Integer> onHand)
    {
        final SortedMap<String, Integer> reserved = state.stock().reserved(holder);
        final TreeSet<String> skus = new TreeSet<>(onHand.keySet());
        skus.addAll(reserved.keySet());
        final List<Level> levels = new ArrayList<>(skus.size());
        for (final String sku : skus)
        {
            final int have = onHand.getOrDefault(sku, 0);
            final int held = reserved.getOrDefault(sku, 0);
            levels.add(new Level(sku, have, held, have - held));
        }
        return levels;
    }

    private static List<ReservationView> reservations(final LiveState state, final java.util.function.Predicate<PartsReservation> which)
    {
        final List<ReservationView> views = new ArrayList<>();
        state.stock().reservations().stream().filter(which).sorted(Comparator.comparing(PartsReservation::id)).forEach(r ->
            views.add(new ReservationView(r.id(), r.engineerId(), r.van(), r.depotId(), r.depot(), r.missing(), r.pickedUp(),
                Views.time(r.at()), r.position())));
        return views;
    }
}
