package dev.kairos.scenarios.check;

import dev.kairos.scenarios.published.PublishedData;
import dev.kairos.scenarios.published.SolomonBestKnown;
import dev.kairos.scenarios.published.SolomonInstance;
import dev.kairos.scenarios.published.SolomonNode;
import dev.kairos.scenarios.published.SolomonReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * The checker on a hand-made instance where every number can be worked out on paper (depot at
 * the origin, capacity 10, two vehicles), then on the real Solomon files.
 */
class VrptwCheckerTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();
    private static final SolomonInstance SMALL = small(100);

    /** The optimal C101 routes as published in the literature: 10 vehicles, 828.94. */
    private static final List<List<Integer>> C101_OPTIMUM = List.of(
        List.of(5, 3, 7, 8, 10, 11, 9, 6, 4, 2, 1, 75),
        List.of(13, 17, 18, 19, 15, 16, 14, 12),
        List.of(20, 24, 25, 27, 29, 30, 28, 26, 23, 22, 21),
        List.of(32, 33, 31, 35, 37, 38, 39, 36, 34),
        List.of(43, 42, 41, 40, 44, 46, 45, 48, 51, 50, 52, 49, 47),
        List.of(57, 55, 54, 53, 56, 58, 60, 59),
        List.of(67, 65, 63, 62, 74, 72, 61, 64, 68, 66, 69),
        List.of(81, 78, 76, 71, 70, 73, 77, 79, 80),
        List.of(90, 87, 86, 83, 82, 84, 85, 88, 89, 91),
        List.of(98, 96, 95, 94, 92, 93, 97, 100, 99));

    @Test
    void shouldAcceptFeasibleRoutesAndSumTheirDistance()
    {
        final VrptwReport report = VrptwChecker.check(SMALL, List.of(List.of(1), List.of(2, 3)));
        final VrptwReport withDepot = VrptwChecker.check(SMALL, List.of(List.of(0, 1, 0), List.of(0, 2, 3, 0)));

        assertThat(report.feasible()).isTrue();
        assertThat(report.vehiclesUsed()).isEqualTo(2);
        assertThat(report.distance()).isCloseTo(40 + Math.sqrt(200), within(1e-9));
        assertThat(withDepot).isEqualTo(report);
    }

    @Test
    void shouldReportOverloadedVehicle()
    {
        assertKinds(VrptwChecker.check(SMALL, List.of(List.of(1, 2), List.of(3))), ViolationKind.CAPACITY,
            Violation.NO_NODE);
    }

    @Test
    void shouldReportServiceStartingAfterDueDate()
    {
        // Customer 1 is due by 20; after customer 3 the vehicle reaches it at 15 + sqrt(200).
        assertKinds(VrptwChecker.check(SMALL, List.of(List.of(3, 1), List.of(2))), ViolationKind.TIME_WINDOW, 1);
    }

    @Test
    void shouldReportReturnAfterDepotCloses()
    {
        assertKinds(VrptwChecker.check(small(55), List.of(List.of(1), List.of(2, 3))), ViolationKind.LATE_RETURN, 0);
    }

    @Test
    void shouldReportMissingAndDuplicateCustomers()
    {
        assertKinds(VrptwChecker.check(SMALL, List.of(List.of(1), List.of(2))), ViolationKind.MISSING_VISIT, 3);
        assertKinds(VrptwChecker.check(SMALL, List.of(List.of(1, 3), List.of(2, 3))), ViolationKind.DUPLICATE_VISIT, 3);
    }

    @Test
    void shouldReportMoreVehiclesThanTheFleet()
    {
        final VrptwReport report = VrptwChecker.check(SMALL, List.of(List.of(1), List.of(2), List.of(3), List.of()));

        assertKinds(report, ViolationKind.TOO_MANY_VEHICLES, Violation.NO_NODE);
        assertThat(report.vehiclesUsed()).isEqualTo(3);
    }

    @Test
    void shouldReportUnknownNodeAndMidRouteDepot()
    {
        assertKinds(VrptwChecker.check(SMALL, List.of(List.of(1), List.of(2, 3, 7))), ViolationKind.UNKNOWN_NODE, 7);
        assertThat(VrptwChecker.check(SMALL, List.of(List.of(1, 0, 2, 3))).violations()).extracting(Violation::kind)
            .contains(ViolationKind.ROUTE_SHAPE);
    }

    @Test
    void shouldAcceptKnownC101OptimumAtBestKnownDistance() throws IOException
    {
        final SolomonInstance c101 = SolomonReader.read(DATA.solomonFile("C101"));
        final SolomonBestKnown best = SolomonReader.readBestKnown(DATA.solomonBestKnown()).get(0);

        final VrptwReport report = VrptwChecker.check(c101, C101_OPTIMUM);

        assertThat(report.violations()).isEmpty();
        assertThat(report.vehiclesUsed()).isEqualTo(best.vehicles()).isEqualTo(10);
        assertThat(report.distance()).isCloseTo(828.9369, within(1e-4)).isCloseTo(best.distance(), within(0.005));
    }

    @Test
    void shouldReportC101OptimumWithOneCustomerDroppedOrRepeated() throws IOException
    {
        final SolomonInstance c101 = SolomonReader.read(DATA.solomonFile("C101"));
        final List<List<Integer>> dropped = new ArrayList<>(C101_OPTIMUM);
        dropped.set(0, C101_OPTIMUM.get(0).subList(0, 11));
        final List<List<Integer>> repeated = new ArrayList<>(C101_OPTIMUM);
        repeated.add(List.of(75));

        assertKinds(VrptwChecker.check(c101, dropped), ViolationKind.MISSING_VISIT, 75);
        assertKinds(VrptwChecker.check(c101, repeated), ViolationKind.DUPLICATE_VISIT, 75);
    }

    @Test
    void shouldMeasureSingleCustomerRoundTrip() throws IOException
    {
        final SolomonInstance c101 = SolomonReader.read(DATA.solomonFile("C101"));

        final VrptwReport report = VrptwChecker.check(c101, List.of(List.of(5)));

        // Customer 5 sits at (42, 65), the depot at (40, 50).
        assertThat(report.distance()).isCloseTo(2 * Math.sqrt(229), within(1e-12));
        assertThat(report.vehiclesUsed()).isEqualTo(1);
        assertThat(report.violations()).hasSize(99).allMatch(v -> v.kind() == ViolationKind.MISSING_VISIT);
    }

    @Test
    void shouldAcceptFirstFitByDueDateOnEverySolomonInstance() throws IOException
    {
        for (final String name : DATA.solomonNames())
        {
            final SolomonInstance instance = SolomonReader.read(DATA.solomonFile(name));
            final List<List<Integer>> routes = firstFitByDueDate(instance);

            final VrptwReport report = VrptwChecker.check(instance, routes);

            assertThat(report.violations()).as(name).isEmpty();
            assertThat(report.vehiclesUsed()).as(name).isEqualTo(routes.size()).isLessThanOrEqualTo(25);
            assertThat(report.distance()).as(name).isCloseTo(length(instance, routes), within(1e-9));
        }
    }

    /**
     * A second, deliberately naive reading of the rules: each customer, by due date, joins the
     * first route it fits at the end of. Its own schedule decides "fits", not the checker's.
     */
    private static List<List<Integer>> firstFitByDueDate(final SolomonInstance instance)
    {
        final List<List<Integer>> routes = new ArrayList<>();
        IntStream.rangeClosed(1, instance.customerCount()).boxed()
            .sorted(Comparator.comparingDouble((Integer c) -> instance.node(c).due()).thenComparing(c -> c))
            .forEach(customer ->
            {
                for (final List<Integer> route : routes)
                {
                    route.add(customer);
                    if (fits(instance, route))
                    {
                        return;
                    }
                    route.remove(route.size() - 1);
                }
                routes.add(new ArrayList<>(List.of(customer)));
            });
        return routes;
    }

    private static boolean fits(final SolomonInstance instance, final List<Integer> route)
    {
        double time = 0;
        int load = 0;
        SolomonNode at = instance.depot();
        for (final int customer : route)
        {
            final SolomonNode next = instance.node(customer);
            time = Math.max(time + Math.hypot(next.x() - at.x(), next.y() - at.y()), next.ready());
            if (time > next.due())
            {
                return false;
            }
            time += next.service();
            load += next.demand();
            at = next;
        }
        final SolomonNode depot = instance.depot();
        return load <= instance.capacity() && time + Math.hypot(depot.x() - at.x(), depot.y() - at.y()) <= depot.due();
    }

    private static double length(final SolomonInstance instance, final List<List<Integer>> routes)
    {
        double length = 0;
        for (final List<Integer> route : routes)
        {
            SolomonNode at = instance.depot();
            for (final int customer : route)
            {
                final SolomonNode next = instance.node(customer);
                length += Math.hypot(next.x() - at.x(), next.y() - at.y());
                at = next;
            }
            length += Math.hypot(instance.depot().x() - at.x(), instance.depot().y() - at.y());
        }
        return length;
    }

    private static void assertKinds(final VrptwReport report, final ViolationKind kind, final int node)
    {
        assertThat(report.violations()).as(report.violations().toString())
            .extracting(Violation::kind, Violation::node)
            .containsExactly(tuple(kind, node));
    }

    private static SolomonInstance small(final double depotDue)
    {
        return new SolomonInstance("SMALL", 2, 10, List.of(
            new SolomonNode(0, 0, 0, 0, 0, depotDue, 0),
            new SolomonNode(1, 0, 10, 6, 0, 20, 5),
            new SolomonNode(2, 10, 10, 6, 30, 40, 5),
            new SolomonNode(3, 10, 0, 3, 0, 100, 5)));
    }
}
