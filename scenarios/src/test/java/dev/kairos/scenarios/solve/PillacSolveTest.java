package dev.kairos.scenarios.solve;

import dev.kairos.scenarios.check.TrspChecker;
import dev.kairos.scenarios.published.PillacInstance;
import dev.kairos.scenarios.published.PillacReader;
import dev.kairos.scenarios.published.PublishedData;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The array pipeline on real Pillac files, judged by the independent checker. Step budgets, not
 * time limits, so every assertion holds on any machine; the seed is in each message.
 */
class PillacSolveTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();
    private static final long STEPS = 3_000;

    @Test
    void shouldServeEveryRequestOnceWithinEveryRuleOnEachClass() throws Exception
    {
        for (final String name : List.of("C101", "R101", "RC201"))
        {
            final PillacInstance instance = read(name);

            final PillacSolve.Result result = PillacSolve.solve(instance, PillacSolve.SEED, STEPS);

            assertThat(result.report().violations()).as("%s, seed %d", name, PillacSolve.SEED).isEmpty();
            assertThat(result.report().techniciansUsed()).as(name).isBetween(1, instance.technicians().size());
            assertThat(result.restocked()).as("%s: some vans lack tools or parts", name).isPositive();
            assertThat(result.distance()).as(name).isPositive();
        }
    }

    @Test
    void shouldVisitTheDepotMidRouteWhereThatIsShorter() throws Exception
    {
        final PillacInstance instance = read("R101");

        final PillacSolve.Result result = PillacSolve.solve(instance, PillacSolve.SEED, STEPS);

        // Route: home, then requests; a depot visit after the first request restocks half way.
        assertThat(result.routes()).as("seed %d", PillacSolve.SEED).anyMatch(route -> route.size() > 2
            && route.subList(2, route.size()).contains(instance.depotVisitNode(route.get(0))));
    }

    @Test
    void shouldGiveTheSameRoutesForTheSameSeed() throws Exception
    {
        final PillacInstance instance = read("RC101");

        final PillacSolve.Result first = PillacSolve.solve(instance, 7, STEPS);
        final PillacSolve.Result second = PillacSolve.solve(instance, 7, STEPS);

        assertThat(second.routes()).as("seed 7").isEqualTo(first.routes());
        assertThat(second.report().workingTime()).isEqualTo(first.report().workingTime());
    }

    @Test
    void shouldNeverReturnLongerDaysThanItStartedFrom() throws Exception
    {
        for (final String name : List.of("C201", "R109"))
        {
            final PillacInstance instance = read(name);
            final TrspSearch search = new TrspSearch(new Crew(instance), new Random(PillacSolve.SEED));
            final TrspSearch.Roster start = search.construct();
            final double before = search.cost(start);

            final TrspSearch.Roster improved = search.improve(start, Annealing.Budget.steps(STEPS));

            assertThat(search.cost(start)).as("%s: the start is left as it was", name).isEqualTo(before);
            assertThat(improved.unplaced()).as(name).isEmpty();
            assertThat(improved.workingTime()).as("%s, seed %d", name, PillacSolve.SEED).isLessThanOrEqualTo(before);
            assertThat(TrspChecker.check(instance, PillacSolve.solve(instance, PillacSolve.SEED, STEPS).routes())
                .workingTime()).as(name).isCloseTo(improved.workingTime(), org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void shouldStopAtTheTimeBudget() throws Exception
    {
        final PillacSolve.Result result = PillacSolve.solve(read("C101"), Duration.ofMillis(500));

        assertThat(result.report().violations()).isEmpty();
        assertThat(result.seed()).isEqualTo(PillacSolve.SEED);
        assertThat(result.seconds()).isGreaterThanOrEqualTo(0.5);
    }

    private static PillacInstance read(final String name) throws Exception
    {
        return PillacReader.read(DATA.pillacFile(PublishedData.pillacName(name)));
    }
}
