package dev.kairos.solver.engine;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.state.StateDigest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayDeterminismTest
{
    @TempDir
    Path folder;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42, 2026, 90210})
    void replayReachesSameDigest(final long seed) throws Exception
    {
        final List<Command> commands = new RandomCommands(seed).next(3_000);
        final Path journal = folder.resolve("journal");
        final String digestBefore;
        final long positionBefore;
        int applied = 0;

        try (EngineHost host = EngineHost.start(new EngineContext().clock(RandomCommands.CLOCK).journalFolder(journal)))
        {
            final List<CompletableFuture<Outcome>> replies = new ArrayList<>();
            for (final Command command : commands)
            {
                replies.add(submit(host, command));
            }
            for (final CompletableFuture<Outcome> reply : replies)
            {
                if (reply.get(10, TimeUnit.SECONDS) instanceof Outcome.Applied)
                {
                    applied++;
                }
            }
            digestBefore = answer(host, StateDigest::of);
            positionBefore = answer(host, state -> state.position());
        }

        try (EngineHost restarted = EngineHost.start(new EngineContext().clock(RandomCommands.CLOCK).journalFolder(journal)))
        {
            assertThat(restarted.startPosition()).as("seed %d", seed).isEqualTo(positionBefore).isEqualTo(applied);
            assertThat(restarted.startDigest()).as("seed %d", seed).isEqualTo(digestBefore);
            assertThat(answer(restarted, StateDigest::of)).isEqualTo(digestBefore);
        }
        assertThat(applied).as("most commands apply, some are refused").isBetween(2_000, 2_999);
    }

    private static CompletableFuture<Outcome> submit(final EngineHost host, final Command command)
    {
        CompletableFuture<Outcome> reply;
        while ((reply = host.submit(command)) == null)
        {
            Thread.onSpinWait();
        }
        return reply;
    }

    @SuppressWarnings("unchecked")
    static <T> T answer(final EngineHost host, final java.util.function.Function<dev.kairos.solver.state.LiveState, T> query)
        throws Exception
    {
        return (T)((Outcome.Answered)host.query(query).get(10, TimeUnit.SECONDS)).value();
    }
}
