package dev.kairos.solver.snapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pruning keeps the newest snapshots, and the newest one at or before a slow webhook's resume point. */
class SnapshotPruneTest
{
    @TempDir
    Path folder;

    private SnapshotStore storeWith(final long... positions)
    {
        final SnapshotStore store = new SnapshotStore(folder);
        for (final long position : positions)
        {
            store.write(position, new byte[] {1}, new byte[] {2}, 1);
        }
        return store;
    }

    private List<Long> positions(final SnapshotStore store)
    {
        return store.files().stream().map(SnapshotStore::positionOf).toList();
    }

    @Test
    void shouldKeepTheNewestAndTheOneAWebhookStillNeeds()
    {
        final SnapshotStore store = storeWith(10, 20, 30, 40, 50);
        store.prune(2, 25);
        assertThat(positions(store)).containsExactly(50L, 40L, 20L);
    }

    @Test
    void shouldKeepOnlyTheNewestWhenNoWebhookLagsBehindThem()
    {
        final SnapshotStore store = storeWith(10, 20, 30, 40, 50);
        store.prune(2, 45);
        assertThat(positions(store)).containsExactly(50L, 40L);
        store.prune(1);
        assertThat(positions(store)).containsExactly(50L);
    }
}
