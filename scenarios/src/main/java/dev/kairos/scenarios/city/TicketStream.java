package dev.kairos.scenarios.city;

import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TimeWindow;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Tickets for a city: Poisson arrivals at the profile's rate, 70 % of them near a hotspot, a
 * priority mix weighted to routine work, service times around an hour with a long tail.
 * Not thread-safe: one stream per feeding thread.
 */
public final class TicketStream
{
    private static final String[] KINDS = {"No heating", "Tripped breaker", "Leaking valve", "Fibre down",
        "Lift stuck", "Alarm fault", "Annual inspection", "New install"};

    private final City city;
    private final Random random;
    private final CityGenerator generator;
    private int count;

    public TicketStream(final City city, final long seed)
    {
        this.city = city;
        this.random = new Random(seed);
        this.generator = new CityGenerator(city.profile());
    }

    /** Milliseconds until the next ticket: exponential with the profile's mean rate. */
    public long nextGapMillis()
    {
        final double meanMillis = 3_600_000.0 / city.profile().ticketsPerHour();
        return Math.max(1, Math.round(-Math.log(1 - random.nextDouble()) * meanMillis));
    }

    public CreateTicket next(final long at)
    {
        count++;
        final Priority priority = priority();
        final String skill = CityGenerator.SKILLS[random.nextInt(CityGenerator.SKILLS.length)];
        final Map<String, Integer> parts = random.nextDouble() < 0.4 ?
            Map.of(CityGenerator.SKUS[random.nextInt(CityGenerator.SKUS.length)], 1 + random.nextInt(2)) : Map.of();
        final List<String> tools = random.nextDouble() < 0.25 ?
            List.of(CityGenerator.TOOLS[random.nextInt(CityGenerator.TOOLS.length)]) : List.of();
        // Lognormal around 50 minutes, clipped to a working day.
        final int duration = (int)Math.min(480, Math.max(15, Math.round(Math.exp(3.9 + 0.5 * random.nextGaussian()))));
        final TimeWindow window = priority.compareTo(Priority.P3) >= 0 && random.nextDouble() < 0.5 ?
            new TimeWindow(at + 3_600_000L, at + 5 * 3_600_000L) : null;
        final long due = at + switch (priority)
        {
            case P1 -> 4 * 3_600_000L;
            case P2 -> 8 * 3_600_000L;
            case P3 -> 24 * 3_600_000L;
            case P4 -> 72 * 3_600_000L;
        };
        return new CreateTicket(at, new TicketSpec(
            String.format("DEMO-%06d", count),
            KINDS[random.nextInt(KINDS.length)] + " #" + count,
            priority,
            random.nextDouble() < 0.2 ? "gold" : "standard",
            null,
            location(),
            List.of(new SkillRequirement(skill, 1 + (random.nextDouble() < 0.3 ? 1 : 0))),
            tools,
            Stock.of(parts),
            duration,
            window,
            due));
    }

    private Priority priority()
    {
        final double p = random.nextDouble();
        return p < 0.05 ? Priority.P1 : p < 0.25 ? Priority.P2 : p < 0.75 ? Priority.P3 : Priority.P4;
    }

    private Location location()
    {
        if (random.nextDouble() < 0.7 && !city.hotspots().isEmpty())
        {
            final Location hotspot = city.hotspots().get(random.nextInt(city.hotspots().size()));
            return CityGenerator.offset(hotspot, random.nextGaussian() * 1.5, random.nextGaussian() * 1.5);
        }
        return generator.scatter(random, city.profile().radiusKm());
    }
}
