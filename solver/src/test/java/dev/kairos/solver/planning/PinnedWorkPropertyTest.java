package dev.kairos.solver.planning;

import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.planning.improve.Improver;
import dev.kairos.solver.planning.improve.ImproverContext;
import dev.kairos.solver.state.Route;
import dev.kairos.solver.state.Stop;
import dev.kairos.solver.state.Ticket;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import static dev.kairos.solver.planning.InsertionTest.NINE;
import static dev.kairos.solver.planning.InsertionTest.engineer;
import static dev.kairos.solver.planning.InsertionTest.ticket;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over random days (seed logged in each case's name): whatever the fast path and the optimiser do,
 * a dispatched or in-progress visit stays first on its engineer's route with the times it was
 * committed with, and a dispatcher's pin keeps its ticket on the chosen engineer.
 */
class PinnedWorkPropertyTest
{
    private static final long MINUTE = 60_000L;
    private static final int ENGINEERS = 5;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void optimiserNeverMovesPinnedDispatchedOrInProgressWork(final long seed)
    {
        final Random random = new Random(seed);
        final AtomicLong now = new AtomicLong(NINE);
        final InstantSource clock = () -> Instant.ofEpochMilli(now.get());
        try (EngineHost engine = EngineHost.start(new EngineContext().clock(clock).journalFolder(folder.resolve("j" + seed)));
             Improver improver = new Improver(engine, new ImproverContext().moveLimit(2_000L).clock(clock)))
        {
            final List<String> engineers = new ArrayList<>();
            for (int i = 0; i < ENGINEERS; i++)
            {
                engineers.add("E-" + i);
                engine.call(new PutEngineer(NINE, "E-" + i, engineer(near(random), List.of(new Skill("hvac", 2)))));
            }
            final Map<String, String> pins = new HashMap<>();
            int moved = 0;
            for (int step = 0; step < 24; step++)
            {
                for (int k = 0; k < 3; k++)
                {
                    final String id = create(engine, now.get(), near(random));
                    if (random.nextInt(6) == 0)
                    {
                        final String chosen = engineers.get(random.nextInt(ENGINEERS));
                        if (engine.call(new PinTicket(now.get(), id, chosen)) instanceof Outcome.Applied)
                        {
                            pins.put(id, chosen);
                        }
                    }
                }
                now.addAndGet(5 * MINUTE);
                checkIn(engine, now.get());
                final Map<String, List<Stop>> committed = committedPrefixes(engine);
                final Map<String, List<String>> before = orders(engine);
                for (final String seedEngineer : engineers)
                {
                    improver.improveOnce(seedEngineer);
                }
                final Map<String, List<String>> after = orders(engine);
                moved += before.equals(after) ? 0 : 1;

                for (final Map.Entry<String, List<Stop>> prefix : committed.entrySet())
                {
                    final Route route = engine.<Route>ask(state -> state.route(prefix.getKey()));
                    // Work still going past its planned end is planned to end when last re-timed, never earlier.
                    final List<Stop> kept = route.stops().subList(0, prefix.getValue().size());
                    for (int i = 0; i < kept.size(); i++)
                    {
                        final Stop was = prefix.getValue().get(i);
                        final Stop is = kept.get(i);
                        assertThat(List.of(is.ticketId(), is.arrival(), is.start()))
                            .as("seed %d step %d: %s's committed work", seed, step, prefix.getKey())
                            .isEqualTo(List.of(was.ticketId(), was.arrival(), was.start()));
                        assertThat(is.end()).isBetween(was.end(), Math.max(was.end(), now.get()));
                    }
                    assertThat(route.pinned()).isGreaterThanOrEqualTo(prefix.getValue().size());
                }
                for (final Map.Entry<String, String> pin : pins.entrySet())
                {
                    final String on = engine.<String>ask(state -> state.plan().engineerOf(pin.getKey()));
                    assertThat(on).as("seed %d step %d: pinned %s", seed, step, pin.getKey()).isEqualTo(pin.getValue());
                }
            }
            assertThat(moved).as("seed %d: the optimiser changed the plan at all", seed).isPositive();
        }
    }

    private static Location near(final Random random)
    {
        return new Location(51.45 + random.nextDouble() * 0.1, -0.25 + random.nextDouble() * 0.15);
    }

    private static String create(final EngineHost engine, final long at, final Location where)
    {
        final Outcome outcome = engine.call(new CreateTicket(at, ticket(where, "hvac", 1, null)));
        return ((Ticket)((Outcome.Applied)outcome).entity()).id();
    }

    /** Engineers who have reached their dispatched visit check in: it becomes work in progress. */
    private static void checkIn(final EngineHost engine, final long now)
    {
        final List<Route> routes = engine.ask(state -> new ArrayList<>(state.plan().routes()));
        for (final Route route : routes)
        {
            if (route.pinned() > 0 && route.stops().get(0).arrival() <= now)
            {
                final String id = route.stops().get(0).ticketId();
                final Ticket ticket = engine.ask(state -> state.ticket(id));
                if (ticket.status() == TicketStatus.DISPATCHED)
                {
                    engine.call(new TicketProgress(now, id, TicketStatus.ON_SITE, ticket.spec().location(), null, null));
                }
            }
        }
    }

    private static Map<String, List<Stop>> committedPrefixes(final EngineHost engine)
    {
        return engine.ask(state ->
        {
            final Map<String, List<Stop>> prefixes = new TreeMap<>();
            for (final Route route : state.plan().routes())
            {
                if (route.pinned() > 0)
                {
                    prefixes.put(route.engineerId(), List.copyOf(route.stops().subList(0, route.pinned())));
                }
            }
            return prefixes;
        });
    }

    private static Map<String, List<String>> orders(final EngineHost engine)
    {
        return engine.ask(state ->
        {
            final Map<String, List<String>> orders = new TreeMap<>();
            state.plan().routes().forEach(route -> orders.put(route.engineerId(), route.ticketIds()));
            return orders;
        });
    }
}
