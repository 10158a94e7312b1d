package dev.kairos.benchmarks.report;

import dev.kairos.scenarios.published.PublishedData;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Pillac suite at the authors' technician count: the row says the count asked for, a bad count fails before any solve. */
class PillacSuiteTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();

    @Test
    void shouldAskForTheAuthorsCountOnEachFileAndSayItInTheRow() throws Exception
    {
        final List<Task> tasks = Suites.pillac(DATA, name -> name.startsWith("R211"), Duration.ofMillis(300), "published");

        final ResultRow row = tasks.get(0).work().run();

        assertThat(tasks).extracting(Task::key).containsExactly("pillac/R211.100_25-5-5-5/kairos");
        assertThat(row.bestVehicles()).isEqualTo(8);
        // Whether 0.3 s is enough depends on the machine; the row must say which.
        assertThat(row.detail()).startsWith(row.vehicles() == 8 ? "asked for 8 technicians; " : "asked for 8 technicians, not held; ");
        assertThat(row.feasible()).isEqualTo(row.vehicles() == 8 && !row.detail().contains("checker:"));
    }

    @Test
    void shouldRefuseACountTheCrewCannotGive()
    {
        assertThatThrownBy(() -> Suites.pillac(DATA, name -> name.startsWith("C1"), Duration.ofSeconds(1), "26"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("technicians must be 1 to 25 (the crew of C101.100_25-5-5-5), not 26");
    }

    @Test
    void shouldLeaveTheCountFreeWithoutTheOption() throws Exception
    {
        final ResultRow row = Suites.pillac(DATA, name -> name.startsWith("R211"), Duration.ofMillis(300), null).get(0)
            .work().run();

        assertThat(row.detail()).doesNotContain("asked for");
    }
}
