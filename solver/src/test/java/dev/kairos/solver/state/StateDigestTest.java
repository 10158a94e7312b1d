package dev.kairos.solver.state;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Role;
import dev.kairos.solver.domain.Stock;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StateDigestTest
{
    @Test
    void shouldChangeWhenAnyFieldOfAnyEntityChanges() throws Exception
    {
        final LiveState state = sampleState();
        final String original = StateDigest.of(state);
        final Set<String> seen = new HashSet<>(Set.of(original));
        final List<String> unchanged = new ArrayList<>();
        int variants = 0;

        for (final Object entity : List.of(
            state.ticket("T-1"), state.engineer("E-1"), state.depot("D-1"), state.apiKey("K-1"), state.route("E-1")))
        {
            for (final Object variant : RecordVariants.of(entity))
            {
                variants++;
                final LiveState copy = sampleState();
                copy.restore(variant);
                final String digest = StateDigest.of(copy);
                if (!seen.add(digest))
                {
                    unchanged.add(variant.toString());
                }
            }
        }

        assertThat(variants).as("variants tried").isGreaterThan(40);
        assertThat(unchanged).as("variants whose digest did not change").isEmpty();
    }

    @Test
    void shouldBeEqualForStatesBuiltFromTheSameCommands()
    {
        assertThat(StateDigest.of(sampleState())).isEqualTo(StateDigest.of(sampleState()));
    }

    @Test
    void shouldChangeWithEngineCounters()
    {
        final LiveState a = sampleState();
        final LiveState b = sampleState();
        b.apply(new PutDepot(RandomCommands.START + 5, "D-1", new Location(1, 1), Stock.of(Map.of())), Effects.NONE, 5);
        assertThat(StateDigest.of(a)).isNotEqualTo(StateDigest.of(b));
    }

    private static LiveState sampleState()
    {
        final RandomCommands random = new RandomCommands(11);
        final LiveState state = new LiveState();
        final long at = RandomCommands.START;
        state.apply(new CreateTicket(at, random.ticketSpec()), new Effects("T-1"), 1);
        state.apply(new PutEngineer(at, "E-1", random.engineerSpec()), Effects.NONE, 2);
        state.apply(new PutDepot(at, "D-1", new Location(51.5, -0.1), Stock.of(Map.of("fuse", 3))), Effects.NONE, 3);
        state.apply(new PutApiKey(at, "K-1", "admin", "ab12", Role.ADMIN), Effects.NONE, 4);
        state.restore(new Route("E-1", java.util.List.of(new Stop("T-1", at + 10, at + 20, at + 30)), 0, at, at + 40, 15, 4));
        return state;
    }
}
