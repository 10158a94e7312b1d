package dev.kairos.solver.engine;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.SlaFixtures;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.ClockKind;
import dev.kairos.solver.sla.EscalationAction;
import dev.kairos.solver.sla.EscalationStep;
import dev.kairos.solver.sla.PolicyMatch;
import dev.kairos.solver.sla.PolicySpec;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.StateDigest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded traffic with SLA policies of minutes, field-flow steps and a clock that follows the
 * commands, so reminders, breaches and escalations (priority raises and forced dispatches
 * included) fire all along; a restart replays the journal to the same digest.
 */
class SlaReplayTest
{
    private static final TicketStatus[] STEPS = {TicketStatus.ACCEPTED, TicketStatus.EN_ROUTE, TicketStatus.ON_SITE,
        TicketStatus.WAITING_CUSTOMER, TicketStatus.WAITING_PARTS, TicketStatus.COMPLETED, TicketStatus.NEW};

    @TempDir
    Path folder;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 77, 2027})
    void replayReachesSameDigestWithSlaMomentsFiring(final long seed)
    {
        final Random random = new Random(seed);
        final RandomCommands commands = new RandomCommands(seed);
        final AtomicLong now = new AtomicLong(RandomCommands.START);
        final EngineContext context = new EngineContext().journalFolder(folder.resolve("journal"))
            .clock(() -> Instant.ofEpochMilli(now.get()));
        final String digest;
        final long fired;
        try (EngineHost host = EngineHost.start(context))
        {
            for (int i = 0; i < 2_000; i++)
            {
                final Command command = next(random, commands, i);
                now.set(Math.max(now.get(), command.at()));
                host.call(command);
            }
            digest = host.ask(StateDigest::of);
            fired = host.<Long>ask(SlaReplayTest::firings);
        }
        try (EngineHost restarted = EngineHost.start(context))
        {
            assertThat(restarted.startDigest()).as("seed %d", seed).isEqualTo(digest);
        }
        assertThat(fired).as("seed %d: SLA moments fired", seed).isGreaterThan(100);
    }

    private static Command next(final Random random, final RandomCommands commands, final int i)
    {
        final Command base = commands.next();
        final int kind = random.nextInt(100);
        if (i % 200 == 0 || kind < 2)
        {
            return new PutSlaPolicy(base.at(), "p" + random.nextInt(4), policy(random), random.nextBoolean());
        }
        if (kind < 30)
        {
            return new TicketProgress(base.at(), "T-" + (1 + random.nextInt(200)), STEPS[random.nextInt(STEPS.length)], null, null, null);
        }
        return base;
    }

    private static PolicySpec policy(final Random random)
    {
        final EscalationAction[] actions = EscalationAction.values();
        final PolicySpec spec = SlaFixtures.policy(Duration.ofMinutes(2 + random.nextInt(20)), Duration.ofMinutes(20 + random.nextInt(60)),
            "24x7", List.of(25, 50, 90),
            SlaFixtures.step(ClockKind.RESPONSE, 50, Duration.ZERO, actions[random.nextInt(actions.length)], null),
            SlaFixtures.step(ClockKind.RESOLUTION, EscalationStep.BREACH, Duration.ofMinutes(random.nextInt(5)),
                actions[random.nextInt(actions.length)], Duration.ofMinutes(1 + random.nextInt(10))));
        return SlaFixtures.matching(spec, new PolicyMatch(random.nextBoolean() ? List.of(Priority.values()[random.nextInt(4)]) : List.of(),
            random.nextBoolean() ? List.of("gold") : List.of(), List.of()), random.nextInt(3));
    }

    private static long firings(final LiveState state)
    {
        return state.timeline().all().stream().flatMap(t -> t.events().stream())
            .filter(e -> e.type().startsWith("sla.")).count();
    }
}
