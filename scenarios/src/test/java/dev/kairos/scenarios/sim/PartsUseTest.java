package dev.kairos.scenarios.sim;

import dev.kairos.scenarios.scenario.Scenario;
import dev.kairos.scenarios.scenario.ScenarioFile;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Simulated engineers fit the parts their visits need: one filter in the van and three tickets that need
 * one each, so the van runs out and the depot supplies the other two. Read back from the day's journal.
 */
class PartsUseTest
{
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Policy.class)
    void shouldEmptyTheVanAndDrawTheRestFromTheDepot(final Policy policy) throws Exception
    {
        final Scenario day = ScenarioFile.read(Path.of(getClass().getResource("/scenarios/van-runs-out.json").toURI()));

        final Kpis kpis = Simulation.run(day, policy, folder.resolve("journal"));

        assertThat(kpis.completed()).as(kpis.row()).isEqualTo(3);
        assertThat(kpis.field().visitsShortOfParts()).as("the depot had enough for every visit").isZero();
        assertThat(kpis.field().utilisation()).as("ninety minutes of work in an eight-hour shift").isEqualTo(0.188);
        try (EngineHost replayed = EngineHost.start(new EngineContext().journalFolder(folder.resolve("journal"))))
        {
            final Map<String, Integer> van = replayed.ask(state -> state.engineer("E-001").spec().stock());
            final Map<String, Integer> depot = replayed.ask(state -> state.depot("D-01").stock());
            assertThat(van.getOrDefault("filter", 0)).as("the van's filter and two from the depot, all fitted").isZero();
            assertThat(depot).containsEntry("filter", 8);
        }
    }
}
