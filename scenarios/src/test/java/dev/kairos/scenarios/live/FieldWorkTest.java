package dev.kairos.scenarios.live;

import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.CityGenerator;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.city.TicketStream;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.planning.GreatCircleTravel;
import dev.kairos.solver.state.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's engineers follow the plan: over six simulated hours in 10 s steps, every ticket the
 * engine dispatches is checked in at its site and then completed, and engineers on their way get
 * nearer their next site with each ping. Seed 11, a small city.
 */
class FieldWorkTest
{
    private static final long SEED = 11;
    private static final long START = Instant.parse("2026-11-23T08:00:00Z").toEpochMilli();
    private static final long STEP = 10_000;

    @TempDir
    Path folder;

    @Test
    void engineersCheckInAtTheSiteAndCompleteWhatTheyAreDispatched()
    {
        final AtomicLong now = new AtomicLong(START);
        final InstantSource clock = () -> Instant.ofEpochMilli(now.get());
        final City city = new CityGenerator(new CityProfile(SEED, CityProfile.demo(SEED).centre(), 6, 1, 4, 2, 12))
            .build(START);
        final TicketStream tickets = new TicketStream(city, SEED);
        final List<TicketProgress> progress = new ArrayList<>();
        int nearer = 0;
        int farther = 0;
        try (EngineHost engine = EngineHost.start(new EngineContext().journalFolder(folder).clock(clock)))
        {
            city.depots().forEach(engine::call);
            city.engineers().forEach(engine::call);
            for (int i = 0; i < 8; i++)
            {
                assertThat(engine.call(tickets.next(START))).isInstanceOf(Outcome.Applied.class);
            }
            for (long t = START; t < START + 6 * 3_600_000L; t += STEP)
            {
                now.set(t);
                final long at = t;
                for (final Command report : engine.<List<Command>>ask(state -> FieldWork.due(state, at, STEP)))
                {
                    if (report instanceof EngineerLocation ping)
                    {
                        final double[] distances = engine.ask(state -> distancesToNextSite(state, ping));
                        if (distances[1] < distances[0])
                        {
                            nearer++;
                        }
                        else if (distances[1] > distances[0])
                        {
                            farther++;
                        }
                    }
                    else if (report instanceof TicketProgress step)
                    {
                        progress.add(step);
                    }
                    assertThat(engine.call(report)).as("%s", report).isInstanceOf(Outcome.Applied.class);
                }
            }
            final List<Ticket> completed = engine.ask(state -> state.tickets().stream()
                .filter(ticket -> ticket.status() == TicketStatus.COMPLETED).toList());

            assertThat(completed).as("the backlog of eight (two no one can do) is worked in six hours").hasSizeGreaterThanOrEqualTo(5);
            for (final Ticket ticket : completed)
            {
                final List<TicketProgress> steps = progress.stream().filter(p -> p.ticketId().equals(ticket.id())).toList();
                assertThat(steps).extracting(TicketProgress::to).containsExactly(TicketStatus.ON_SITE, TicketStatus.COMPLETED);
                assertThat(steps.get(0).location()).isEqualTo(ticket.spec().location());
                assertThat(steps.get(1).at() - steps.get(0).at())
                    .as("work takes its duration, to the next step").isBetween(
                        ticket.spec().durationMinutes() * 60_000L, ticket.spec().durationMinutes() * 60_000L + STEP);
            }
        }
        assertThat(nearer).as("pings towards the next site").isPositive();
        assertThat(farther).isZero();
    }

    /** Before and after the ping: the engineer's distance to the site of their next (dispatched) visit. */
    private static double[] distancesToNextSite(final dev.kairos.solver.state.LiveState state, final EngineerLocation ping)
    {
        final String ticketId = state.route(ping.engineerId()).stops().get(0).ticketId();
        final Location site = state.ticket(ticketId).spec().location();
        final Location before = state.engineer(ping.engineerId()).location();
        return new double[] {GreatCircleTravel.URBAN.distance(before, site), GreatCircleTravel.URBAN.distance(ping.location(), site)};
    }
}
