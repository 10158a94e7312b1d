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
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Greedy's choice does not depend on Kairos's: the simulator creates a ticket through the engine, whose
 * fast path plans it at once, and only then asks greedy. On an empty day every qualified engineer is
 * free, so greedy must take the nearest one, even when the fast path has just planned the ticket on
 * that engineer's route. Seed 11, a small city.
 */
class GreedyTest
{
    private static final long SEED = 11;
    private static final long START = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli();

    @TempDir
    Path folder;

    @Test
    void shouldCountTheEngineerTheFastPathJustGaveTheTicketAsFree()
    {
        final City city = new CityGenerator(new CityProfile(SEED, CityProfile.demo(SEED).centre(), 6, 1, 4, 2, 12)).build(START);
        final CreateTicket create = new TicketStream(city, SEED).next(START);
        try (EngineHost engine = EngineHost.start(new EngineContext().journalFolder(folder)
            .clock(InstantSource.fixed(Instant.ofEpochMilli(START)))))
        {
            city.depots().forEach(engine::call);
            city.engineers().forEach(engine::call);
            final String id = ((Ticket)((Outcome.Applied)engine.call(create)).entity()).id();

            final String planned = engine.ask(state -> plannedOn(state, id));
            final String nearest = engine.ask(state -> state.engineers().stream()
                .filter(engineer -> Insertion.hasSkillsAndTools(engineer, create.spec()))
                .min(Comparator.comparingDouble((Engineer engineer) -> state.travel().distance(engineer.location(), create.spec().location()))
                    .thenComparing(Engineer::id))
                .map(Engineer::id).orElseThrow());
            final String choice = engine.ask(state -> Greedy.choice(state, id, create.spec()));

            assertThat(planned).as("the fast path planned the ticket on the nearest engineer").isEqualTo(nearest);
            assertThat(choice).isEqualTo(nearest);
        }
    }

    private static String plannedOn(final LiveState state, final String ticketId)
    {
        for (final Engineer engineer : state.engineers())
        {
            if (state.route(engineer.id()).stops().stream().anyMatch(stop -> stop.ticketId().equals(ticketId)))
            {
                return engineer.id();
            }
        }
        return null;
    }
}
