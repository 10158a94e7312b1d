package dev.kairos.solver.planning.improve;

import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.planning.PlanFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round that throws on the optimiser's thread is logged and solving goes on: the thread keeps
 * running rounds and the engine keeps taking commands. The failure is injected where the running
 * loop hands each round to its observer, the last step of every round.
 */
class ImproverFailureTest
{
    private static final long NINE = 1_795_424_400_000L;
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochMilli(NINE));

    @TempDir
    Path folder;

    @Test
    void roundsGoOnAfterARoundFails() throws InterruptedException
    {
        try (EngineHost engine = EngineHost.start(new EngineContext().clock(CLOCK).journalFolder(folder));
             Improver improver = new Improver(engine, new ImproverContext().moveLimit(2_000L).clock(CLOCK)
                 .sweepInterval(Duration.ofMillis(10))))
        {
            engine.call(new PutEngineer(NINE, "E-WEST", engineer(new Location(51.5, -0.2))));
            create(engine, new Location(51.5, -0.19));
            final AtomicInteger rounds = new AtomicInteger();
            improver.observe(round ->
            {
                if (rounds.incrementAndGet() <= 3)
                {
                    throw new IllegalStateException("injected failure in round " + rounds.get());
                }
            });

            improver.start();
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (rounds.get() < 6 && System.nanoTime() < deadline)
            {
                Thread.sleep(10);
            }

            assertThat(rounds.get()).as("rounds observed, the first three of which threw").isGreaterThanOrEqualTo(6);
            assertThat(create(engine, new Location(51.5, -0.21))).as("the engine still takes commands")
                .isInstanceOf(Outcome.Applied.class);
        }
    }

    private static Outcome create(final EngineHost engine, final Location location)
    {
        return PlanFixture.job(engine, location, NINE);
    }

    private static EngineerSpec engineer(final Location home)
    {
        return PlanFixture.engineer(home, NINE, 2);
    }
}
