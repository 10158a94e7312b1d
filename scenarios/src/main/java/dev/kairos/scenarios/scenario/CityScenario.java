package dev.kairos.scenarios.scenario;

import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.CityGenerator;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.city.FieldServiceSla;
import dev.kairos.scenarios.city.TicketStream;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.TimeWindow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A generated city's day as a scenario: the city's depots and engineers, the field-service SLA, and
 * the tickets its {@link TicketStream} releases over {@code length}, each at the first one-minute
 * step at or after its arrival, as the simulation always released them. The same profile and day
 * give the same scenario, and the scenario gives the engine exactly the commands the generator
 * would. Pure; any thread.
 */
public final class CityScenario
{
    /** The step tickets are released on: the simulation's. */
    public static final long STEP_MILLIS = 60_000;

    private CityScenario()
    {
    }

    public static Scenario day(final CityProfile profile, final long dayStart, final Duration length)
    {
        final City city = new CityGenerator(profile).build(dayStart);
        final List<Scenario.Depot> depots = city.depots().stream()
            .map(depot -> new Scenario.Depot(depot.depotId(), point(depot.location()), depot.stock(), List.copyOf(depot.tools()),
                (int)(depot.counterMillis() / 60_000L)))
            .toList();
        final List<Scenario.Engineer> engineers = city.engineers().stream()
            .map(put -> engineer(put, dayStart))
            .toList();
        final List<Scenario.Sla> slas = FieldServiceSla.policies(dayStart).stream().map(CityScenario::sla).toList();
        final String name = String.format(Locale.ROOT, "city-seed-%d", profile.seed());
        final String description = String.format(Locale.ROOT, "Generated city, seed %d: centre %s, %.1f km radius, "
                + "%d depots, %d engineers, %d hotspots, %.1f tickets an hour.", profile.seed(), profile.centre(),
            profile.radiusKm(), profile.depots(), profile.engineers(), profile.hotspots(), profile.ticketsPerHour());
        return new Scenario(Scenario.FORMAT, name, description, Instant.ofEpochMilli(dayStart).toString(),
            length.toMillis() / 60_000.0, false, null, new Scenario.Area(Scenario.GEOGRAPHIC, null), depots, engineers, slas,
            tickets(city, profile.seed(), dayStart, dayStart + length.toMillis()));
    }

    /** The stream's draws in the order the simulation made them: a gap, then per release a ticket and the next gap. */
    private static List<Scenario.Ticket> tickets(final City city, final long seed, final long dayStart, final long end)
    {
        final TicketStream stream = new TicketStream(city, seed);
        final List<Scenario.Ticket> tickets = new ArrayList<>();
        long nextRelease = dayStart + stream.nextGapMillis();
        for (long t = dayStart; t < end; t += STEP_MILLIS)
        {
            while (nextRelease <= t)
            {
                tickets.add(ticket(stream.next(t), dayStart));
                nextRelease += stream.nextGapMillis();
            }
        }
        return tickets;
    }

    private static Scenario.Ticket ticket(final CreateTicket create, final long dayStart)
    {
        final TicketSpec spec = create.spec();
        final Map<String, Integer> skills = new LinkedHashMap<>();
        spec.skills().forEach(skill -> skills.put(skill.name(), skill.minLevel()));
        final TimeWindow window = spec.window();
        return new Scenario.Ticket(spec.externalId(), spec.title(), minutes(create.at(), dayStart), spec.priority(),
            spec.tier(), point(spec.location()), skills, spec.tools(), spec.parts(), spec.durationMinutes(),
            window == null ? null : new Scenario.Window(minutes(window.start(), dayStart), minutes(window.end(), dayStart)),
            spec.due() == TicketSpec.NO_TIME ? null : minutes(spec.due(), dayStart));
    }

    private static Scenario.Engineer engineer(final PutEngineer put, final long dayStart)
    {
        final EngineerSpec spec = put.spec();
        final Map<String, Integer> skills = new LinkedHashMap<>();
        spec.skills().forEach(skill -> skills.put(skill.name(), skill.level()));
        final Shift shift = spec.shift();
        final List<Scenario.Window> breaks = shift.breaks().stream()
            .map(b -> new Scenario.Window(minutes(b.start(), dayStart), minutes(b.end(), dayStart)))
            .toList();
        return new Scenario.Engineer(put.engineerId(), spec.name(), point(spec.home()), skills, spec.tools(),
            new Scenario.Shift(minutes(shift.start(), dayStart), minutes(shift.end(), dayStart), breaks,
                shift.maxOvertimeMinutes()),
            spec.stock(), spec.capacity() == EngineerSpec.NO_CAPACITY ? null : spec.capacity());
    }

    private static Scenario.Sla sla(final PutSlaPolicy put)
    {
        return new Scenario.Sla(put.policyId(), put.spec().match().priorities(), put.spec().match().tiers(),
            put.spec().responseTargetMillis() / 60_000.0, put.spec().resolutionTargetMillis() / 60_000.0,
            put.spec().responseMilestone().name());
    }

    private static Scenario.Point point(final Location location)
    {
        return Scenario.Point.geographic(location.lat(), location.lon());
    }

    private static double minutes(final long epochMillis, final long dayStart)
    {
        return (epochMillis - dayStart) / 60_000.0;
    }
}
