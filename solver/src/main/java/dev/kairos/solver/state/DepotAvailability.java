package dev.kairos.solver.state;

import dev.kairos.solver.planning.PickUps;

import java.util.List;

/**
 * Every depot with what it can still give ({@link PickUps#depots}), immutable, computed once and
 * kept until a depot or a reservation changes: a route needing a pick-up is re-timed on many
 * commands in between, and recomputing every depot's every sku each time was most of the cost of
 * re-timing it. A cache, not state. Engine thread only.
 */
final class DepotAvailability
{
    /** Bumped on every depot write; with the ledger's version it says when the list is stale. */
    private long depotsVersion;
    private List<PickUps.DepotStock> depots;
    private long computedAtDepotsVersion;
    private long computedAtLedgerVersion;

    void depotChanged()
    {
        depotsVersion++;
    }

    List<PickUps.DepotStock> of(final LiveState state)
    {
        if (depots == null || computedAtDepotsVersion != depotsVersion || computedAtLedgerVersion != state.stock().version())
        {
            depots = PickUps.frozen(PickUps.depots(state));
            computedAtDepotsVersion = depotsVersion;
            computedAtLedgerVersion = state.stock().version();
        }
        return depots;
    }
}
