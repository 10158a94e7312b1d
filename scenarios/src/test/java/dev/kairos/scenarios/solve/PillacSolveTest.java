package dev.kairos.scenarios.solve;

import dev.kairos.scenarios.published.PillacInstance;
import dev.kairos.scenarios.published.PillacReader;
import dev.kairos.scenarios.published.PublishedData;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PillacSolveTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();

    @Test
    void quick() throws Exception
    {
        for (final String name : java.util.List.of("C101", "R101", "RC101", "C201", "R211"))
        {
            final PillacInstance instance = PillacReader.read(DATA.pillacFile(PublishedData.pillacName(name)));
            final PillacSolve.Result result = PillacSolve.solve(instance, Duration.ofSeconds(Long.getLong("secs", 2)));
            System.out.printf("%s feasible=%s used=%d wt=%.2f dist=%.1f restocked=%d viol=%s%n", name,
                result.report().feasible(), result.report().techniciansUsed(), result.report().workingTime(),
                result.distance(), result.restocked(), result.report().violations().stream().limit(3).toList());
        }
    }
}
