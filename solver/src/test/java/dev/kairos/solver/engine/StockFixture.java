package dev.kairos.solver.engine;

import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.state.Depot;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.StockLedger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Engineers, depots and tickets for stock tests, and the stock invariants every state must keep. */
final class StockFixture
{
    static final long T0 = 1_795_000_000_000L;

    private StockFixture()
    {
    }

    static EngineerSpec engineer(final Location home, final Map<String, Integer> van)
    {
        return new EngineerSpec("Engineer", home, List.of(new Skill("hvac", 3)), List.of(),
            new Shift(T0 - 3_600_000L, T0 + 36_000_000L, List.of(), 60), Stock.of(van), EngineerSpec.NO_CAPACITY);
    }

    static TicketSpec ticket(final Location where, final Map<String, Integer> parts)
    {
        return new TicketSpec(null, "Boiler", Priority.P3, null, null, where, List.of(new SkillRequirement("hvac", 1)),
            List.of(), Stock.of(parts), 30, null, TicketSpec.NO_TIME);
    }

    /** Every broken invariant: a holder reserving more than it has, or a negative count. Empty when sound. */
    static List<String> brokenInvariants(final LiveState state)
    {
        final List<String> broken = new ArrayList<>();
        for (final Engineer e : state.engineers())
        {
            check(broken, state, StockLedger.van(e.id()), e.spec().stock());
        }
        for (final Depot d : state.depots())
        {
            check(broken, state, StockLedger.depot(d.id()), d.stock());
        }
        return broken;
    }

    private static void check(final List<String> broken, final LiveState state, final String holder, final Map<String, Integer> onHand)
    {
        onHand.forEach((sku, quantity) ->
        {
            final int reserved = state.stock().reserved(holder, sku);
            if (quantity < reserved || reserved < 0)
            {
                broken.add(holder + " " + sku + ": on hand " + quantity + ", reserved " + reserved);
            }
        });
        state.stock().reserved(holder).forEach((sku, reserved) ->
        {
            if (!onHand.containsKey(sku) || reserved < 0)
            {
                broken.add(holder + " " + sku + ": reserved " + reserved + " but none on hand");
            }
        });
    }

    /**
     * Reservations that no longer match their ticket: each must split exactly the parts the ticket
     * needs now (van + depot + missing), so a patch of a dispatched visit's parts must re-reserve.
     */
    static List<String> stalePartsReservations(final LiveState state)
    {
        final List<String> stale = new ArrayList<>();
        for (final dev.kairos.solver.state.PartsReservation r : state.stock().reservations())
        {
            final java.util.TreeMap<String, Integer> sum = new java.util.TreeMap<>(r.van());
            r.depot().forEach((sku, q) -> sum.merge(sku, q, Integer::sum));
            r.missing().forEach((sku, q) -> sum.merge(sku, q, Integer::sum));
            final Map<String, Integer> needed = new java.util.TreeMap<>(state.ticket(r.id()).spec().parts());
            needed.values().removeIf(q -> q == 0);
            if (!sum.equals(needed))
            {
                stale.add(r.id() + " reserves " + sum + " but needs " + needed);
            }
        }
        return stale;
    }

    /** All parts on hand in vans and depots, summed over skus. */
    static long total(final LiveState state)
    {
        long sum = 0;
        for (final Engineer e : state.engineers())
        {
            sum += e.spec().stock().values().stream().mapToLong(Integer::longValue).sum();
        }
        for (final Depot d : state.depots())
        {
            sum += d.stock().values().stream().mapToLong(Integer::longValue).sum();
        }
        return sum;
    }
}
