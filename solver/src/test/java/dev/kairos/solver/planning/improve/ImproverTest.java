package dev.kairos.solver.planning.improve;

import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PlanUpdate;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.RoutePlan;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.planning.PlanFixture;
import dev.kairos.solver.state.StateDigest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The improvement path on a case the fast path gets wrong. Two engineers 10 km apart, room for two
 * visits each. X (between them, nearer West) arrives first and goes to West; Y next to West fills
 * West; Z, also next to West, could only go all the way to East, beyond the fast path's reach, so it
 * waits unassigned. Moving X to East and Z onto West is better.
 */
class ImproverTest
{
    private static final long NINE = 1_795_424_400_000L;
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochMilli(NINE));

    @TempDir
    Path folder;
    private EngineHost engine;
    private Improver improver;

    @BeforeEach
    void start()
    {
        engine = EngineHost.start(new EngineContext().clock(CLOCK).journalFolder(folder.resolve("journal")));
        engine.call(new PutEngineer(NINE, "E-WEST", engineer(new Location(51.5, -0.2))));
        engine.call(new PutEngineer(NINE, "E-EAST", engineer(new Location(51.5, -0.056))));
        improver = new Improver(engine, new ImproverContext().moveLimit(20_000L).clock(CLOCK));
    }

    @AfterEach
    void stop()
    {
        improver.close();
        engine.close();
    }

    @Test
    void improvementMovesAVisitTheFastPathPlaced()
    {
        final String x = create(new Location(51.5, -0.13));
        final String y = create(new Location(51.5, -0.21));
        final String z = create(new Location(51.5, -0.22));
        assertThat(engineerOf(x)).as("the fast path's choice").isEqualTo("E-WEST");
        assertThat(engineerOf(z)).as("West is full and East is across town, beyond the fast path's reach").isNull();

        final Improver.Round round = improver.improveOnce("E-WEST");

        assertThat(round.applied()).as("round %s", round).isTrue();
        assertThat(round.after()).isGreaterThan(round.before());
        assertThat(engineerOf(x)).isEqualTo("E-EAST");
        assertThat(engineerOf(y)).isEqualTo("E-WEST");
        assertThat(engineerOf(z)).isEqualTo("E-WEST");
    }

    @Test
    void improvementLeavesAPinnedTicketWithItsEngineer()
    {
        final String x = create(new Location(51.5, -0.13));
        create(new Location(51.5, -0.21));
        create(new Location(51.5, -0.22));
        engine.call(new dev.kairos.solver.command.PinTicket(NINE, x, "E-WEST"));

        improver.improveOnce("E-WEST");

        assertThat(engineerOf(x)).isEqualTo("E-WEST");
    }

    @Test
    void shouldProposeNothingWhenThePlanIsAlreadyBest()
    {
        create(new Location(51.5, -0.19));
        create(new Location(51.5, -0.06));

        final Improver.Round round = improver.improveOnce("E-WEST");

        assertThat(round.outcome()).isNull();
        assertThat(round.after()).isEqualTo(round.before());
    }

    @Test
    void shouldRefuseAProposalBasedOnAnOutdatedRoute()
    {
        final String x = create(new Location(51.5, -0.13));
        final long version = engine.<Long>ask(state -> state.route("E-WEST").version());
        create(new Location(51.5, -0.21));
        final long position = engine.position();

        final Outcome outcome = engine.call(new PlanUpdate(NINE, List.of(new RoutePlan("E-EAST", List.of(x)),
            new RoutePlan("E-WEST", List.of())), Map.of("E-EAST", 0L, "E-WEST", version)));

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused)outcome).detail()).startsWith("stale plan update: route E-WEST changed");
        assertThat(engine.position()).isEqualTo(position);
    }

    @Test
    void replayReproducesTheImprovedPlan()
    {
        create(new Location(51.5, -0.13));
        create(new Location(51.5, -0.21));
        create(new Location(51.5, -0.22));
        assertThat(improver.improveOnce("E-WEST").applied()).isTrue();
        final String digest = engine.<String>ask(StateDigest::of);
        improver.close();
        engine.close();

        engine = EngineHost.start(new EngineContext().clock(CLOCK).journalFolder(folder.resolve("journal")));

        assertThat(engine.startDigest()).isEqualTo(digest);
    }

    private String engineerOf(final String ticketId)
    {
        return engine.<String>ask(state -> state.plan().engineerOf(ticketId));
    }

    private String create(final Location location)
    {
        return PlanFixture.created(engine, location, NINE);
    }

    private static EngineerSpec engineer(final Location home)
    {
        return PlanFixture.engineer(home, NINE, 2);
    }

}
