package dev.kairos.benchmarks.report;

import dev.kairos.scenarios.published.PublishedData;
import dev.kairos.scenarios.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dynamic suite: one task per instance, crew, share released live and policy, compared with the static best. */
class DynamicSuiteTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();

    @TempDir
    Path folder;

    @Test
    void shouldPlanATaskPerCrewShareAndPolicy() throws Exception
    {
        final List<Task> tasks = Suites.dynamic(DATA, name -> name.startsWith("R101"), List.of(10, 25), List.of(10, 90),
            null);

        assertThat(tasks).extracting(Task::key).containsExactly(
            "dynamic/R101-rd10-crew10/kairos", "dynamic/R101-rd10-crew10/greedy",
            "dynamic/R101-rd90-crew10/kairos", "dynamic/R101-rd90-crew10/greedy",
            "dynamic/R101-rd10-crew25/kairos", "dynamic/R101-rd10-crew25/greedy",
            "dynamic/R101-rd90-crew25/kairos", "dynamic/R101-rd90-crew25/greedy");
    }

    @Test
    void shouldNameTheStaticInstanceForZeroPercent() throws Exception
    {
        final List<Task> tasks = Suites.dynamic(DATA, name -> name.startsWith("C101"), List.of(25), List.of(0), null);

        assertThat(tasks).extracting(Task::instance).containsOnly("C101-static-crew25");
    }

    /** Greedy dispatch of R101 (a 230-minute day) is quick: the row carries the static best and the day's measures. */
    @Test
    void shouldSimulateADayAndWriteItsScenario() throws Exception
    {
        final Task greedy = Suites.dynamic(DATA, name -> name.startsWith("R101"), List.of(25), List.of(90), folder).get(1);

        final ResultRow row = greedy.work().run();

        assertThat(row.key()).isEqualTo("dynamic/R101-rd90-crew25/greedy");
        assertThat(row.bestVehicles()).isEqualTo(22);
        assertThat(row.bestObjective()).isEqualTo(3134.8626);
        assertThat(row.vehicles()).isBetween(1, 25);
        assertThat(row.objective()).as(row.detail()).isPositive();
        assertThat(row.detail()).startsWith("served ").contains(" of 100, missed windows ");
        assertThat(ScenarioFile.read(folder.resolve("R101-rd90-crew25.json")).tickets()).hasSize(100);
    }

    @Test
    void shouldListTheDetailsOfDynamicDaysInTheMarkdown()
    {
        final ResultRow day = new ResultRow("dynamic", "C101-rd50-crew25", "kairos", 20, 12000, 15, 10717.5161, false,
            60, "served 99 of 100, missed windows 0");

        assertThat(MarkdownReport.render(List.of(day)))
            .contains("| C101-rd50-crew25 | 15 / 10717.52 | 20 / 12000.00 |")
            .contains("- C101-rd50-crew25 kairos: served 99 of 100, missed windows 0");
    }
}
