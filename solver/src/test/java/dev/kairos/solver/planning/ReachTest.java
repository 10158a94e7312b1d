package dev.kairos.solver.planning;

import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Shift;
import dev.kairos.solver.domain.Skill;
import dev.kairos.solver.domain.SkillRequirement;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.state.Engineer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routine-drive limit that stops at the first qualified engineer close enough to settle it is the
 * limit of the whole fleet's nearest ({@link Reach#routineLimitMillis(java.util.Collection,
 * java.util.Collection, TicketSpec, long, TravelTimes, Supplier)} against
 * {@code routineLimitMillis(nearestMillis(fleet, ...))}): seeded random fleets, depots that lend tools,
 * engineers off shift, candidates looked at first in any order, on the road and on the plane.
 */
class ReachTest
{
    private static final long NINE = 1_795_424_400_000L; // 2026-11-23T09:00:00Z
    private static final long MINUTE = 60_000L;
    private static final List<String> SKILLS = List.of("hvac", "fiber", "elevator");
    private static final List<String> TOOLS = List.of("ladder", "drill", "meter");
    private static final long SEED = 20261207L;

    @Test
    void shouldGiveTheWholeFleetsLimitOnTheRoad()
    {
        // 0.4° of latitude (44 km) by 0.6° of longitude around London: drives from next door to beyond an hour.
        agreeOnRandomFleets(GreatCircleTravel.URBAN, (random) -> new Location(51.3 + random.nextDouble() * 0.4,
            -0.4 + random.nextDouble() * 0.6));
    }

    @Test
    void shouldGiveTheWholeFleetsLimitOnThePlane()
    {
        agreeOnRandomFleets(new PlanarTravel(MINUTE), (random) -> new Location(random.nextDouble() * 60, random.nextDouble() * 60));
    }

    private static void agreeOnRandomFleets(final TravelTimes travel, final java.util.function.Function<Random, Location> place)
    {
        final Random random = new Random(SEED);
        int settledEarly = 0;
        int scannedOn = 0;
        int noOne = 0;
        for (int round = 0; round < 40; round++)
        {
            final List<Engineer> fleet = new ArrayList<>();
            final int size = 1 + random.nextInt(60);
            for (int i = 0; i < size; i++)
            {
                fleet.add(engineer("E-" + i, place.apply(random), random));
            }
            final List<PickUps.DepotStock> depotList = new ArrayList<>();
            for (int d = random.nextInt(3); d > 0; d--)
            {
                depotList.add(new PickUps.DepotStock("D-" + d, place.apply(random), Map.of(), new TreeSet<>(some(TOOLS, random))));
            }
            final Supplier<List<PickUps.DepotStock>> depots = () -> depotList;
            for (int t = 0; t < 100; t++)
            {
                final TicketSpec spec = ticket(place.apply(random), random);
                final List<Engineer> likelyNear = new ArrayList<>(fleet);
                Collections.shuffle(likelyNear, random);
                final List<Engineer> first = likelyNear.subList(0, random.nextInt(Math.min(9, fleet.size() + 1)));

                final long nearest = Reach.nearestMillis(fleet, spec, NINE, travel, depots);
                assertThat(Reach.routineLimitMillis(first, fleet, spec, NINE, travel, depots))
                    .as("seed %d, round %d, ticket %d: nearest %d ms", SEED, round, t, nearest)
                    .isEqualTo(Reach.routineLimitMillis(nearest));
                settledEarly += nearest <= Reach.SETTLED_MILLIS ? 1 : 0;
                scannedOn += nearest > Reach.SETTLED_MILLIS && nearest != Reach.NO_ONE ? 1 : 0;
                noOne += nearest == Reach.NO_ONE ? 1 : 0;
            }
        }
        // Each way the answer can come out is met often enough to count.
        assertThat(settledEarly).as("settled by an engineer within 10 minutes").isGreaterThan(200);
        assertThat(scannedOn).as("nearest farther than 10 minutes").isGreaterThan(200);
        assertThat(noOne).as("no one working can do it").isGreaterThan(50);
    }

    private static Engineer engineer(final String id, final Location where, final Random random)
    {
        final List<Skill> skills = new ArrayList<>();
        for (final String skill : some(SKILLS, random))
        {
            skills.add(new Skill(skill, 1 + random.nextInt(3)));
        }
        // A quarter have finished for the day (overtime included) by nine.
        final long end = random.nextInt(4) == 0 ? NINE - random.nextInt(60) * MINUTE : NINE + (1 + random.nextInt(8)) * 60 * MINUTE;
        final int overtime = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
        final EngineerSpec spec = new EngineerSpec(id, where, skills, some(TOOLS, random),
            new Shift(NINE - 8 * 60 * MINUTE, end, List.of(), overtime), Stock.of(Map.of()), EngineerSpec.NO_CAPACITY);
        final Set<String> borrowed = random.nextInt(5) == 0 ? new TreeSet<>(some(TOOLS, random)) : new TreeSet<>();
        return new Engineer(id, spec, where, NINE, EngineerStatus.AVAILABLE, NINE, 1, new TreeSet<>(borrowed));
    }

    private static TicketSpec ticket(final Location where, final Random random)
    {
        final List<SkillRequirement> skills = new ArrayList<>();
        final List<String> named = some(SKILLS, random);
        for (final String skill : named.subList(0, Math.min(named.size(), 1 + random.nextInt(2))))
        {
            skills.add(new SkillRequirement(skill, 1 + random.nextInt(3)));
        }
        final List<String> tools = random.nextBoolean() ? List.of() : some(TOOLS, random);
        return new TicketSpec(null, "job", Priority.P3, null, null, where, skills, tools.subList(0, Math.min(1, tools.size())),
            Stock.of(Map.of()), 30, null, NINE + 24 * 60 * MINUTE);
    }

    /** A random subset, in a random order. */
    private static List<String> some(final List<String> names, final Random random)
    {
        final List<String> chosen = new ArrayList<>();
        for (final String name : names)
        {
            if (random.nextBoolean())
            {
                chosen.add(name);
            }
        }
        Collections.shuffle(chosen, random);
        return chosen;
    }
}
