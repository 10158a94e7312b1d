package dev.kairos.scenarios.solve;

import dev.kairos.scenarios.published.PublishedData;
import dev.kairos.scenarios.published.SolomonInstance;
import dev.kairos.scenarios.published.SolomonReader;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The live dispatch model solves a published VRPTW instance to a result the independent checker accepts. */
class SolomonSolveTest
{
    @Test
    void shouldSolveC101FeasiblyWithEveryCustomerOnce() throws Exception
    {
        final SolomonInstance c101 = SolomonReader.read(PublishedData.fromSystemProperty().solomonFile("C101"));

        final SolomonSolve.Result result = SolomonSolve.solve(c101, Duration.ofSeconds(3));

        assertThat(result.report().violations()).isEmpty();
        assertThat(result.report().vehiclesUsed()).isBetween(10, c101.vehicles());
        final Set<Integer> served = new HashSet<>();
        result.routes().forEach(served::addAll);
        assertThat(served).hasSize(c101.customerCount());
        assertThat(result.report().distance()).as("never below the best known 828.94").isGreaterThan(828.9);
    }
}
