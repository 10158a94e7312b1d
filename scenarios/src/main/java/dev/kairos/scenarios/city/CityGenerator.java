package dev.kairos.scenarios.city;

import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TimeWindow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Builds a city around a centre: depots spread over it, engineers living in it, demand clustered
 * around a few hotspots (a business district, an industrial park...). The same seed always gives
 * the same city.
 */
public final class CityGenerator
{
    static final String[] SKILLS = {"hvac", "electrical", "plumbing", "fiber", "elevator", "security"};
    static final String[] TOOLS = {"ladder", "meter", "fusion-splicer", "pipe-camera", "lift-key"};
    static final String[] SKUS = {"filter", "fuse", "valve", "splice-kit", "relay", "thermostat", "sensor"};
    private static final double KM_PER_DEGREE_LAT = 111.32;

    private final CityProfile profile;

    public CityGenerator(final CityProfile profile)
    {
        this.profile = profile;
    }

    /** Depots and engineers whose shifts cover {@code dayStart} plus the shift length. */
    public City build(final long dayStart)
    {
        final Random random = new Random(profile.seed());
        final List<PutDepot> depots = new ArrayList<>();
        for (int i = 0; i < profile.depots(); i++)
        {
            final Map<String, Integer> stock = new TreeMap<>();
            for (final String sku : SKUS)
            {
                stock.put(sku, 20 + random.nextInt(80));
            }
            depots.add(new PutDepot(dayStart, String.format("D-%02d", i + 1), scatter(random, profile.radiusKm() * 0.6),
                Stock.of(stock)));
        }
        final List<PutEngineer> engineers = new ArrayList<>();
        for (int i = 0; i < profile.engineers(); i++)
        {
            engineers.add(new PutEngineer(dayStart, String.format("E-%03d", i + 1), engineer(random, i, dayStart)));
        }
        return new City(profile, depots, engineers, hotspots(random));
    }

    private EngineerSpec engineer(final Random random, final int index, final long dayStart)
    {
        final List<Skill> skills = new ArrayList<>();
        final int primary = index % SKILLS.length;
        skills.add(new Skill(SKILLS[primary], 1 + random.nextInt(3)));
        if (random.nextDouble() < 0.6)
        {
            skills.add(new Skill(SKILLS[(primary + 1 + random.nextInt(SKILLS.length - 1)) % SKILLS.length], 1 + random.nextInt(2)));
        }
        final List<String> tools = new ArrayList<>();
        for (final String tool : TOOLS)
        {
            if (random.nextDouble() < 0.4)
            {
                tools.add(tool);
            }
        }
        final Map<String, Integer> van = new TreeMap<>();
        for (final String sku : SKUS)
        {
            if (random.nextDouble() < 0.5)
            {
                van.put(sku, 1 + random.nextInt(4));
            }
        }
        // Staggered starts over two hours, eight-hour shifts with a half-hour lunch in the middle.
        final long start = dayStart + random.nextInt(5) * 30 * 60_000L;
        final long lunch = start + 4 * 3_600_000L;
        final Shift shift = new Shift(start, start + 8 * 3_600_000L, List.of(new TimeWindow(lunch, lunch + 30 * 60_000L)), 60);
        final String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        return new EngineerSpec(name, scatter(random, profile.radiusKm()), skills, tools, shift, Stock.of(van), 12);
    }

    private List<Location> hotspots(final Random random)
    {
        final List<Location> hotspots = new ArrayList<>();
        for (int i = 0; i < profile.hotspots(); i++)
        {
            hotspots.add(scatter(random, profile.radiusKm() * 0.8));
        }
        return hotspots;
    }

    /** A uniform point in the disc of the given radius around the centre. */
    Location scatter(final Random random, final double radiusKm)
    {
        final double distance = radiusKm * Math.sqrt(random.nextDouble());
        final double bearing = random.nextDouble() * 2 * Math.PI;
        return offset(profile.centre(), distance * Math.cos(bearing), distance * Math.sin(bearing));
    }

    static Location offset(final Location from, final double northKm, final double eastKm)
    {
        final double lat = from.lat() + northKm / KM_PER_DEGREE_LAT;
        final double lon = from.lon() + eastKm / (KM_PER_DEGREE_LAT * Math.cos(Math.toRadians(from.lat())));
        return new Location(lat, lon);
    }

    private static final String[] FIRST = {"Ada", "Ben", "Chloe", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo",
        "Kemi", "Luca", "Mia", "Nico", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tariq"};
    private static final String[] LAST = {"Adams", "Baker", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes",
        "Ito", "Jones", "Khan", "Lopez", "Moreau", "Novak", "Okafor", "Patel"};
}
