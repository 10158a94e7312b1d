package dev.kairos.solver.engine;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.snapshot.SnapshotStore;
import dev.kairos.solver.state.StateDigest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start from each snapshot the engine wrote plus the journal after it reaches the digest a full
 * replay reaches, over seeded traffic that fills every part of live state, SLA moments firing.
 */
class SnapshotReplayTest
{
    private static final int COMMANDS = 2_400;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 314, 2026, 65_537})
    void snapshotPlusTailReachesFullReplayDigest(final long seed) throws IOException
    {
        final AtomicLong now = new AtomicLong(RandomCommands.START);
        final Path journal = folder.resolve("journal");
        final Path snapshots = folder.resolve("snapshots");
        final EngineContext writing = context(journal, now).snapshotFolder(snapshots).snapshotEvery(500).snapshotsKept(10);
        final String digest;
        final long position;
        try (EngineHost host = EngineHost.start(writing))
        {
            final MixedTraffic traffic = new MixedTraffic(seed);
            for (int i = 0; i < COMMANDS; i++)
            {
                final Command command = traffic.next();
                now.set(Math.max(now.get(), command.at()));
                host.call(command);
            }
            digest = host.ask(StateDigest::of);
            position = host.position();
            assertThat(host.<Integer>ask(s -> s.plan().pins().size())).as("seed %d: pins", seed).isPositive();
            assertThat(host.<Integer>ask(s -> s.plan().unassigned().size() + s.plan().routes().size())).isPositive();
            assertThat(host.<Long>ask(s -> s.timeline().all().stream().flatMap(t -> t.events().stream())
                .filter(e -> e.type().startsWith("sla.")).count())).as("seed %d: SLA moments fired", seed).isPositive();
            assertThat(host.<Integer>ask(s -> s.sla().calendars().size())).as("a calendar besides 24x7").isGreaterThan(1);
        }

        final List<Path> written = new SnapshotStore(snapshots).files();
        assertThat(written).as("seed %d: snapshots by count and the one at close", seed).hasSizeGreaterThanOrEqualTo(2);
        assertThat(SnapshotStore.positionOf(written.get(0))).as("the newest is the state at close").isEqualTo(position);

        try (EngineHost full = EngineHost.start(context(journal, now)))
        {
            assertThat(full.startDigest()).as("seed %d: full replay", seed).isEqualTo(digest);
        }
        for (final Path snapshot : written)
        {
            // Only this snapshot in the folder: start must use it and replay the tail after it.
            final Path alone = folder.resolve("alone-" + SnapshotStore.positionOf(snapshot));
            Files.createDirectories(alone);
            Files.copy(snapshot, alone.resolve(snapshot.getFileName()));
            try (EngineHost restarted = EngineHost.start(context(journal, now).snapshotFolder(alone)))
            {
                assertThat(restarted.started().snapshot()).isEqualTo(alone.resolve(snapshot.getFileName()));
                assertThat(restarted.started().replayed()).isEqualTo(position - SnapshotStore.positionOf(snapshot));
                assertThat(restarted.startDigest()).as("seed %d from %s", seed, snapshot.getFileName()).isEqualTo(digest);
            }
        }
    }

    static EngineContext context(final Path journal, final AtomicLong now)
    {
        return new EngineContext().journalFolder(journal).clock(() -> Instant.ofEpochMilli(now.get()));
    }
}
