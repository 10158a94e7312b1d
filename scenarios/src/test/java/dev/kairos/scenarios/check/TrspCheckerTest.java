package dev.kairos.scenarios.check;

import dev.kairos.scenarios.published.PillacDepot;
import dev.kairos.scenarios.published.PillacInstance;
import dev.kairos.scenarios.published.PillacReader;
import dev.kairos.scenarios.published.PillacRequest;
import dev.kairos.scenarios.published.PillacSolution;
import dev.kairos.scenarios.published.PillacTechnician;
import dev.kairos.scenarios.published.PublishedData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * The checker on a small hand-made instance where every number can be worked out on paper:
 * two technicians, three requests; nodes 1-2 homes, 3-5 requests, 6-7 returns, 8-9 depot visits.
 */
class TrspCheckerTest
{
    private static final PillacInstance SMALL = small(1000);

    @Test
    void shouldAcceptFeasibleRoutesAndDropAvoidableWaiting()
    {
        final TrspReport report = TrspChecker.check(SMALL, List.of(List.of(1, 3, 5, 6), List.of(2, 4, 7)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.feasible()).isTrue();
        assertThat(report.techniciansUsed()).isEqualTo(2);
        // Technician 1 never waits: 5 + 10 + sqrt(10) + 10 + 5. Technician 2 would wait for request 4
        // from sqrt(80) to 100 but leaves later instead: 2 sqrt(80) + 10.
        assertThat(report.workingTime()).isCloseTo(40 + Math.sqrt(10) + 2 * Math.sqrt(80), within(1e-9));
    }

    @Test
    void shouldCountWaitingThatAnEarlierWindowForces()
    {
        // Technician 2 must reach request 3 by 20 (via the depot, 15 away), so may leave at most 5
        // late; the rest of the wait for request 4 (until 100) cannot be avoided.
        final TrspReport report = TrspChecker.check(SMALL, List.of(List.of(1, 5, 6), List.of(2, 9, 3, 4, 7)));

        assertThat(report.violations()).isEmpty();
        assertThat(report.workingTime()).isCloseTo(20 + (110 + Math.sqrt(80) - 5), within(1e-9));
    }

    @Test
    void shouldReportMissingRequest()
    {
        final TrspReport report = TrspChecker.check(SMALL, List.of(List.of(1, 3, 5, 6)));

        assertKinds(report, ViolationKind.MISSING_VISIT, 4);
        assertThat(report.feasible()).isFalse();
        assertThat(report.techniciansUsed()).isEqualTo(1);
    }

    @Test
    void shouldReportRequestServedTwice()
    {
        final TrspReport report = TrspChecker.check(SMALL, List.of(List.of(1, 3, 5, 6), List.of(2, 4, 9, 5, 7)));

        assertKinds(report, ViolationKind.DUPLICATE_VISIT, 5);
    }

    @Test
    void shouldReportTechnicianLackingSkill()
    {
        final TrspReport report = TrspChecker.check(SMALL, List.of(List.of(1, 3, 4, 5, 6)));

        assertKinds(report, ViolationKind.SKILL, 4);
    }

    @Test
    void shouldReportToolMissingUntilADepotVisitSuppliesIt()
    {
        final TrspReport without = TrspChecker.check(SMALL, List.of(List.of(1, 5, 6), List.of(2, 3, 4, 7)));
        final TrspReport with = TrspChecker.check(SMALL, List.of(List.of(1, 5, 6), List.of(2, 9, 3, 4, 7)));

        assertKinds(without, ViolationKind.TOOL, 3);
        assertThat(with.feasible()).isTrue();
    }

    @Test
    void shouldReportPartShortageUntilADepotVisitRestocks()
    {
        final TrspReport without = TrspChecker.check(SMALL, List.of(List.of(1, 3, 6), List.of(2, 4, 5, 7)));
        final TrspReport with = TrspChecker.check(SMALL, List.of(List.of(1, 3, 6), List.of(2, 4, 9, 5, 7)));

        assertKinds(without, ViolationKind.PART, 5);
        assertThat(with.feasible()).isTrue();
    }

    @Test
    void shouldNotLetALaterDepotVisitCoverPartsAlreadyUsed()
    {
        final TrspReport report = TrspChecker.check(SMALL, List.of(List.of(1, 3, 6), List.of(2, 5, 9, 4, 7)));

        assertKinds(report, ViolationKind.PART, 5);
    }

    @Test
    void shouldReportServiceStartingAfterWindow()
    {
        // Request 4 cannot start before 100; request 3 after it is far past its window closing at 20.
        final TrspReport report = TrspChecker.check(SMALL, List.of(List.of(1, 5, 6), List.of(2, 9, 4, 3, 7)));

        assertKinds(report, ViolationKind.TIME_WINDOW, 3);
    }

    @Test
    void shouldReportReturnAfterShiftEnd()
    {
        final TrspReport report = TrspChecker.check(small(115), List.of(List.of(1, 3, 5, 6), List.of(2, 4, 7)));

        assertKinds(report, ViolationKind.LATE_RETURN, 7);
    }

    @Test
    void shouldReportRoutesThatBreakTheNumbering()
    {
        final TrspReport noHome = TrspChecker.check(SMALL, List.of(List.of(3, 5), List.of(2, 4, 7), List.of(1, 3, 5, 6)));
        final TrspReport twice = TrspChecker.check(SMALL, List.of(List.of(1, 3, 6), List.of(1, 5, 6), List.of(2, 4, 7)));
        final TrspReport foreignReturn = TrspChecker.check(SMALL, List.of(List.of(1, 3, 5, 7), List.of(2, 4, 7)));
        final TrspReport unknown = TrspChecker.check(SMALL, List.of(List.of(1, 3, 5, 42), List.of(2, 4, 7)));

        assertThat(noHome.violations()).extracting(Violation::kind)
            .contains(ViolationKind.ROUTE_SHAPE, ViolationKind.DUPLICATE_VISIT);
        assertKinds(twice, ViolationKind.ROUTE_SHAPE, 1);
        assertKinds(foreignReturn, ViolationKind.ROUTE_SHAPE, 7);
        assertKinds(unknown, ViolationKind.UNKNOWN_NODE, 42);
    }

    @Test
    void shouldReportMissingRequestInAuthorsC101() throws Exception
    {
        final PublishedData data = PublishedData.fromSystemProperty();
        final String name = PublishedData.pillacName("C101");
        final PillacInstance c101 = PillacReader.read(data.pillacFile(name));
        final PillacSolution authors = PillacReader.readBestRoutes(data.pillacBestRoutes()).get(0);
        final List<List<Integer>> routes = new ArrayList<>(authors.routes());
        routes.set(0, List.of(1, 83, 84, 126));

        final TrspReport report = TrspChecker.check(c101, routes);

        assertKinds(report, ViolationKind.MISSING_VISIT, 85);
        assertThat(report.workingTime()).isLessThan(authors.workingTime());
    }

    private static void assertKinds(final TrspReport report, final ViolationKind kind, final int node)
    {
        assertThat(report.violations()).as(report.violations().toString())
            .extracting(Violation::kind, Violation::node)
            .containsExactly(tuple(kind, node));
    }

    private static PillacInstance small(final double secondShiftEnd)
    {
        final PillacDepot depot = new PillacDepot(0, 0, 0, 1000, 0);
        final List<PillacTechnician> crew = List.of(
            new PillacTechnician(1, 0, 0, 0, 1000, set(0), set(0), List.of(1, 0)),
            new PillacTechnician(2, 10, 0, 0, secondShiftEnd, set(0, 1), set(), List.of(0, 0)));
        final List<PillacRequest> requests = List.of(
            new PillacRequest(3, 3, 4, 0, 20, 10, set(0), set(0), List.of(0, 0)),
            new PillacRequest(4, 6, 8, 100, 200, 10, set(1), set(), List.of(0, 0)),
            new PillacRequest(5, 0, 5, 0, 1000, 10, set(), set(), List.of(1, 0)));
        return new PillacInstance("SMALL", 2, 1, 2, depot, crew, requests);
    }

    private static TreeSet<Integer> set(final Integer... values)
    {
        return new TreeSet<>(Set.of(values));
    }
}
