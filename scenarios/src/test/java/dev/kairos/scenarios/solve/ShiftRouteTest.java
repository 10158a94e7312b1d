package dev.kairos.scenarios.solve;

import dev.kairos.scenarios.check.TrspChecker;
import dev.kairos.scenarios.check.TrspReport;
import dev.kairos.scenarios.published.PillacInstance;
import dev.kairos.scenarios.published.PillacReader;
import dev.kairos.scenarios.published.PillacSolution;
import dev.kairos.scenarios.published.PublishedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The solver's own view of a technician's day against the authors' 56 solutions and the
 * independent checker: spans measure each of their days at the working time they published, and
 * moving a depot visit to its best place never lengthens a day or breaks a rule.
 */
class ShiftRouteTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();

    @ParameterizedTest(name = "{0}")
    @MethodSource("solutions")
    void shouldMeasureTheAuthorsDaysAtTheirPublishedWorkingTime(final PillacSolution authors) throws IOException
    {
        final PillacInstance instance = PillacReader.read(DATA.pillacFile(authors.instance()));
        final List<ShiftRoute> days = days(instance, authors);

        assertThat(days).allMatch(ShiftRoute::feasible);
        assertThat(days.stream().mapToDouble(ShiftRoute::workingTime).sum()).isCloseTo(authors.workingTime(), within(1e-3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solutions")
    void shouldNeverLengthenADayByPlacingItsDepotVisit(final PillacSolution authors) throws IOException
    {
        final PillacInstance instance = PillacReader.read(DATA.pillacFile(authors.instance()));
        final List<ShiftRoute> days = days(instance, authors);
        final double measured = days.stream().mapToDouble(ShiftRoute::workingTime).sum();
        final List<List<Integer>> placed = new ArrayList<>();

        for (final ShiftRoute day : days)
        {
            final double before = day.workingTime();
            day.replace(day.customers());
            assertThat(day.workingTime()).as(day.toString()).isLessThanOrEqualTo(before + 1e-9);
            placed.add(authorsRoute(instance, day));
        }

        final TrspReport report = TrspChecker.check(instance, placed);
        assertThat(report.violations()).isEmpty();
        assertThat(report.workingTime()).isLessThanOrEqualTo(measured + 1e-6);
    }

    static List<PillacSolution> solutions() throws IOException
    {
        return PillacReader.readBestRoutes(DATA.pillacBestRoutes());
    }

    /** The authors' routes as days: requests in order, the depot visit before the requests it precedes. */
    private static List<ShiftRoute> days(final PillacInstance instance, final PillacSolution authors)
    {
        final Crew crew = new Crew(instance);
        final int technicians = instance.technicians().size();
        final List<ShiftRoute> days = new ArrayList<>();
        for (final List<Integer> route : authors.routes())
        {
            if (route.isEmpty())
            {
                continue;
            }
            final int id = route.get(0);
            final List<Integer> requests = new ArrayList<>();
            int depotBefore = -1;
            for (final int node : route.subList(1, route.size()))
            {
                if (instance.isRequest(node))
                {
                    requests.add(node - technicians);
                }
                else if (node == instance.depotVisitNode(id))
                {
                    depotBefore = requests.size();
                }
            }
            days.add(new ShiftRoute(crew, id - 1, requests.stream().mapToInt(Integer::intValue).toArray(), depotBefore));
        }
        return days;
    }

    private static List<Integer> authorsRoute(final PillacInstance instance, final ShiftRoute day)
    {
        final int id = day.technician() + 1;
        final List<Integer> route = new ArrayList<>(List.of(id));
        for (final int stop : day.stops())
        {
            route.add(stop == Crew.DEPOT ? instance.depotVisitNode(id) : instance.technicians().size() + stop);
        }
        return route;
    }
}
