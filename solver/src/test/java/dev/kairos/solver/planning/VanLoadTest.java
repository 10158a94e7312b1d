package dev.kairos.solver.planning;

import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.state.Stop;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class VanLoadTest
{
    private static final String[] SKUS = {"fuse", "valve", "filter", "pump", "seal"};

    @Test
    void shouldCountDownAsPickUpsAfterDoesVisitByVisit()
    {
        final long seed = 20261207L;
        final Random random = new Random(seed);
        for (int route = 0; route < 2_000; route++)
        {
            final Map<String, Integer> stock = parts(random, 4);
            final VanLoad load = new VanLoad(stock);
            Map<String, Integer> van = stock;
            for (int visit = 0; visit < 8; visit++)
            {
                final Map<String, Integer> parts = random.nextInt(3) == 0 ? Map.of() : parts(random, 3);
                assertThat(load.shortfall(parts)).as("seed %d, route %d, visit %d", seed, route, visit)
                    .isEqualTo(PickUps.shortfall(van, parts));
                load.use(parts);
                van = PickUps.after(van, parts);
            }
        }
    }

    @Test
    void shouldLeaveOnTheVanWhatPickUpsAfterLeavesVisitByVisit()
    {
        final long seed = 20261208L;
        final Random random = new Random(seed);
        for (int route = 0; route < 2_000; route++)
        {
            final Map<String, Integer> stock = new TreeMap<>(parts(random, 4));
            if (random.nextBoolean())
            {
                stock.put(SKUS[random.nextInt(SKUS.length)], 0);
            }
            final Map<String, TicketSpec> specs = new HashMap<>();
            final List<Stop> stops = new ArrayList<>();
            Map<String, Integer> van = stock;
            final int visits = random.nextInt(9);
            for (int visit = 0; visit < visits; visit++)
            {
                final Map<String, Integer> parts = random.nextInt(3) == 0 ? Map.of() : parts(random, 3);
                final String id = "T-" + (visit + 1);
                specs.put(id, new TicketSpec(null, "job", Priority.P3, null, null, new Location(0, 0), List.of(), List.of(),
                    Stock.of(parts), 20, null, TicketSpec.NO_TIME));
                stops.add(new Stop(id, 0, 0, 0, null));
                van = PickUps.after(van, parts);
            }
            final Map<String, Integer> needed = parts(random, 5);
            assertThat(PickUps.shortfall(PickUps.leftAfter(stock, stops, needed, specs::get), needed))
                .as("seed %d, route %d", seed, route)
                .isEqualTo(PickUps.shortfall(van, needed));
        }
    }

    private static Map<String, Integer> parts(final Random random, final int most)
    {
        final Map<String, Integer> parts = new TreeMap<>();
        for (final String sku : SKUS)
        {
            if (random.nextBoolean())
            {
                parts.put(sku, 1 + random.nextInt(most));
            }
        }
        return parts;
    }
}
