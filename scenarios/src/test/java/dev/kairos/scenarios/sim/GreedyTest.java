package dev.kairos.scenarios.sim;

import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.CityGenerator;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.city.TicketStream;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.planning.Insertion;
import dev.kairos.solver.state.Engineer;
import dev.kairos.solver.state.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Greedy's choice, asked before the ticket exists (the simulator then creates it pinned there): the
 * nearest qualified engineer with nothing planned, else the nearest qualified one. Seed 11, a small city.
 */
class GreedyTest
{
    private static final long SEED = 11;
    private static final long START = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli();

    @TempDir
    Path folder;

    @Test
    void shouldTakeTheNearestFreeEngineerAndPinTheTicketThere()
    {
        final City city = new CityGenerator(new CityProfile(SEED, CityProfile.demo(SEED).centre(), 6, 1, 4, 2, 12)).build(START);
        final CreateTicket create = new TicketStream(city, SEED).next(START);
        try (EngineHost engine = EngineHost.start(new EngineContext().journalFolder(folder)
            .clock(InstantSource.fixed(Instant.ofEpochMilli(START)))))
        {
            city.depots().forEach(engine::call);
            city.engineers().forEach(engine::call);
            final List<String> byDistance = engine.ask(state -> state.engineers().stream()
                .filter(engineer -> Insertion.hasSkillsAndTools(engineer, create.spec()))
                .sorted(Comparator.comparingDouble((Engineer engineer) -> state.travel().distance(engineer.location(), create.spec().location()))
                    .thenComparing(Engineer::id))
                .map(Engineer::id).toList());
            assertThat(byDistance).as("two qualified engineers at least").hasSizeGreaterThanOrEqualTo(2);

            final String first = engine.ask(state -> Greedy.choice(state, create.spec()));
            final String id = ((Ticket)((Outcome.Applied)engine.call(new CreateTicket(START, create.spec(), first))).entity()).id();
            final String second = engine.ask(state -> Greedy.choice(state, create.spec()));

            assertThat(first).as("everyone is free on an empty day").isEqualTo(byDistance.get(0));
            assertThat(engine.<String>ask(state -> state.plan().pinnedTo(id))).isEqualTo(first);
            assertThat(second).as("the nearest now has work planned").isEqualTo(byDistance.get(1));
        }
    }
}
