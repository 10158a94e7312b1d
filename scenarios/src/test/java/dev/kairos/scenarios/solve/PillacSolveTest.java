package dev.kairos.scenarios.solve;

import dev.kairos.scenarios.published.PillacInstance;
import dev.kairos.scenarios.published.PillacReader;
import dev.kairos.scenarios.published.PublishedData;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The live dispatch model solves a published TRSP instance end to end, to routes the independent checker accepts. */
class PillacSolveTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();

    /**
     * The first 30 requests of C101 with its whole crew: small enough to solve well within a few
     * seconds on a busy machine, large enough that some requests are scarce (few vans carry their tools and parts).
     */
    @Test
    void shouldSolveC101HeadFeasiblyWithEveryRequestOnce() throws Exception
    {
        final PillacInstance full = PillacReader.read(DATA.pillacFile(PublishedData.pillacName("C101")));
        final PillacInstance c101 = new PillacInstance(full.name(), full.skillCount(), full.toolCount(), full.partCount(),
            full.depot(), full.technicians(), full.requests().subList(0, 30));
        assertThat(c101.requests()).anyMatch(r -> PillacSolve.unstockedServers(c101, r) < PillacSolve.SCARCE);

        final PillacSolve.Result result = PillacSolve.solve(c101, Duration.ofSeconds(5));

        assertThat(result.report().violations()).isEmpty();
        final Set<Integer> served = new HashSet<>();
        for (final List<Integer> route : result.routes())
        {
            route.stream().filter(c101::isRequest).forEach(served::add);
        }
        assertThat(served).hasSize(c101.requests().size());
        assertThat(result.report().techniciansUsed()).isBetween(1, c101.technicians().size());
        assertThat(result.restocked()).isPositive();
        assertThat(result.routes()).anyMatch(route -> route.get(1) == c101.depotVisitNode(route.get(0)));
        assertThat(result.distance()).isPositive();
    }

    @Test
    void shouldRestockTheSkilledTechnicianWithTheShortestDepotDetour() throws Exception
    {
        final PillacInstance c101 = PillacReader.read(DATA.pillacFile(PublishedData.pillacName("C101")));
        final var request = c101.requests().get(0);

        final int first = PillacSolve.cheapestRestock(c101, request, Set.of());
        final int second = PillacSolve.cheapestRestock(c101, request, Set.of(first));

        assertThat(c101.technician(first).skills()).containsAll(request.skills());
        assertThat(second).isNotEqualTo(first);
        assertThat(detour(c101, first, request)).isLessThanOrEqualTo(detour(c101, second, request));
    }

    private static double detour(final PillacInstance instance, final int technician, final dev.kairos.scenarios.published.PillacRequest request)
    {
        final var t = instance.technician(technician);
        final var d = instance.depot();
        return Math.hypot(t.x() - d.x(), t.y() - d.y()) + Math.hypot(d.x() - request.x(), d.y() - request.y());
    }
}
