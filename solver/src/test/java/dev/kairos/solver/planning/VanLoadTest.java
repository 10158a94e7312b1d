package dev.kairos.solver.planning;

import org.junit.jupiter.api.Test;

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
