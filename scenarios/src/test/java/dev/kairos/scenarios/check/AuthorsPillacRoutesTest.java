package dev.kairos.scenarios.check;

import dev.kairos.scenarios.published.PillacBest;
import dev.kairos.scenarios.published.PillacInstance;
import dev.kairos.scenarios.published.PillacReader;
import dev.kairos.scenarios.published.PillacSolution;
import dev.kairos.scenarios.published.PublishedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The checker against the authors' own solutions: all feasible, at the working time they published. */
class AuthorsPillacRoutesTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();

    @Test
    void shouldGiveC101WorkingTimeOfTheReadme() throws IOException
    {
        final PillacSolution authors = solutions().get(0);
        final PillacInstance c101 = PillacReader.read(DATA.pillacFile(authors.instance()));

        final TrspReport report = TrspChecker.check(c101, authors.routes());

        assertThat(authors.instance()).isEqualTo(PublishedData.pillacName("C101"));
        assertThat(report.violations()).isEmpty();
        assertThat(report.techniciansUsed()).isEqualTo(15);
        assertThat(report.workingTime()).isCloseTo(10717.5161, within(1e-4));
    }

    @Test
    void shouldCountTheTechniciansAgainstTheCountAskedFor() throws IOException
    {
        final PillacSolution authors = solutions().get(0);
        final PillacInstance c101 = PillacReader.read(DATA.pillacFile(authors.instance()));

        final TrspReport atTheirCount = TrspChecker.check(c101, authors.routes(), 15);
        final TrspReport oneFewer = TrspChecker.check(c101, authors.routes(), 14);

        assertThat(atTheirCount.violations()).isEmpty();
        assertThat(oneFewer.violations()).extracting(Violation::kind).containsExactly(ViolationKind.TECHNICIAN_COUNT);
        assertThat(oneFewer.violations().get(0).detail()).isEqualTo("15 technicians serve requests, not the 14 asked for");
        assertThat(oneFewer.workingTime()).isEqualTo(atTheirCount.workingTime());
        assertThat(oneFewer.techniciansUsed()).isEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solutions")
    void shouldAcceptAuthorsRoutesAtPublishedWorkingTime(final PillacSolution authors) throws IOException
    {
        final PillacInstance instance = PillacReader.read(DATA.pillacFile(authors.instance()));
        final PillacBest published = bestByInstance().get(authors.instance());

        final TrspReport report = TrspChecker.check(instance, authors.routes());

        assertThat(report.violations()).isEmpty();
        assertThat(report.techniciansUsed()).isEqualTo(authors.techniciansUsed()).isEqualTo(published.techniciansUsed());
        assertThat(report.workingTime()).isCloseTo(published.workingTime(), within(1e-3));
    }

    static List<PillacSolution> solutions() throws IOException
    {
        return PillacReader.readBestRoutes(DATA.pillacBestRoutes());
    }

    private static Map<String, PillacBest> bestByInstance() throws IOException
    {
        return PillacReader.readBest(DATA.pillacBest()).stream()
            .collect(Collectors.toMap(PillacBest::instance, Function.identity()));
    }
}
