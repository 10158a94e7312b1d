package dev.kairos.solver.state;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ByTicketIdTest
{
    @Test
    void shouldIndexOnlyEngineGivenIdsByNumber()
    {
        assertThat(ByTicketId.number("T-1")).isEqualTo(1);
        assertThat(ByTicketId.number("T-12345")).isEqualTo(12_345);
        assertThat(ByTicketId.number("T-0")).isEqualTo(-1);
        assertThat(ByTicketId.number("T-01")).as("a leading zero is another id than T-1").isEqualTo(-1);
        assertThat(ByTicketId.number("T-")).isEqualTo(-1);
        assertThat(ByTicketId.number("T-1x")).isEqualTo(-1);
        assertThat(ByTicketId.number("t-1")).isEqualTo(-1);
        assertThat(ByTicketId.number("T-99999999")).as("past the array's limit").isEqualTo(-1);
        assertThat(ByTicketId.number("ticket-7")).isEqualTo(-1);
    }

    @Test
    void shouldBehaveAsAHashMapForAnyMixOfIds()
    {
        final long seed = 20261207L;
        final Random random = new Random(seed);
        final ByTicketId<Integer> table = new ByTicketId<>();
        final Map<String, Integer> model = new HashMap<>();
        final String[] odd = {"T-0", "T-007", "x", "T-99999999", "T-1a", "ext-3"};
        for (int i = 0; i < 20_000; i++)
        {
            final String id = random.nextInt(10) == 0 ? odd[random.nextInt(odd.length)] : "T-" + (1 + random.nextInt(3_000));
            switch (random.nextInt(3))
            {
                case 0 -> assertThat(table.put(id, i)).as("seed %d, step %d", seed, i).isEqualTo(model.put(id, i));
                case 1 -> assertThat(table.remove(id)).as("seed %d, step %d", seed, i).isEqualTo(model.remove(id));
                default -> assertThat(table.get(id)).as("seed %d, step %d", seed, i).isEqualTo(model.get(id));
            }
            assertThat(table.size()).isEqualTo(model.size());
        }
        assertThat(new ArrayList<>(table.values())).containsExactlyInAnyOrderElementsOf(model.values());
        final Map<String, Integer> seen = new HashMap<>();
        table.forEach(seen::put);
        assertThat(seen).isEqualTo(model);
        assertThat(table.get(null)).isNull();
    }

    @Test
    void shouldIterateNothingWhenEmpty()
    {
        final ByTicketId<String> table = new ByTicketId<>();
        table.put("T-5", "a");
        table.remove("T-5");
        assertThat(table.values()).isEmpty();
        assertThat(List.copyOf(table.values())).isEmpty();
    }
}
