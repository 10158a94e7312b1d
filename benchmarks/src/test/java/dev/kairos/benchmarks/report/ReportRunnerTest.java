package dev.kairos.benchmarks.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A suite appends each result as it finishes, and a resumed run does only what the file lacks. */
class ReportRunnerTest
{
    @TempDir
    Path out;

    private final List<String> ran = new ArrayList<>();
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    @Test
    void shouldSkipInstancesAlreadyInTheCsvWhenResumed() throws Exception
    {
        ReportRunner.run(List.of(task("C101", "kairos"), task("C102", "kairos")), out, false, 1, stderr());

        final int second = ReportRunner.run(List.of(task("C101", "kairos"), task("C102", "kairos"), task("C103", "kairos"),
            task("C101", "jsprit")), out, true, 1, stderr());

        assertThat(second).isEqualTo(2);
        assertThat(ran).containsExactly("C101/kairos", "C102/kairos", "C103/kairos", "C101/jsprit");
        assertThat(ResultsCsv.read(out.resolve(ReportRunner.CSV))).extracting(ResultRow::key)
            .containsExactly("solomon/C101/kairos", "solomon/C102/kairos", "solomon/C103/kairos", "solomon/C101/jsprit");
        assertThat(Files.readAllLines(out.resolve(ReportRunner.CSV)).stream().filter(l -> l.equals(ResultsCsv.HEADER)))
            .as("one header however often the file is appended to").hasSize(1);
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("2/2 done");
    }

    @Test
    void shouldKeepEveryFinishedRowWhenATaskFails() throws Exception
    {
        final Task failing = new Task("solomon", "C102", "kairos", () ->
        {
            throw new IllegalStateException("solver died");
        });

        assertThatThrownBy(() -> ReportRunner.run(List.of(task("C101", "kairos"), failing), out, false, 1, stderr()))
            .hasMessage("solver died");

        assertThat(ResultsCsv.read(out.resolve(ReportRunner.CSV))).extracting(ResultRow::instance).containsExactly("C101");
        ReportRunner.run(List.of(task("C101", "kairos"), task("C102", "kairos")), out, true, 1, stderr());
        assertThat(ran).containsExactly("C101/kairos", "C102/kairos");
    }

    @Test
    void shouldRefuseToOverwriteResultsWithoutResume() throws Exception
    {
        ReportRunner.run(List.of(task("C101", "kairos")), out, false, 1, stderr());

        assertThatThrownBy(() -> ReportRunner.run(List.of(task("C101", "kairos")), out, false, 1, stderr()))
            .hasMessageContaining("--resume");
        assertThat(ResultsCsv.read(out.resolve(ReportRunner.CSV))).hasSize(1);
    }

    @Test
    void shouldWriteMarkdownAndAChartOfTheGaps() throws Exception
    {
        ReportRunner.run(List.of(task("C101", "kairos"), task("C101", "jsprit")), out, false, 1, stderr());

        final String markdown = Files.readString(out.resolve(ReportRunner.MARKDOWN));
        assertThat(markdown).contains("### solomon", "| C101 | 10 / 828.94 |", "![solomon gap per instance](gap-solomon.png)");
        assertThat(javax.imageio.ImageIO.read(out.resolve("gap-solomon.png").toFile()).getWidth()).isPositive();
    }

    private PrintStream stderr()
    {
        return new PrintStream(progress, true, StandardCharsets.UTF_8);
    }

    private Task task(final String instance, final String solver)
    {
        return new Task("solomon", instance, solver, () ->
        {
            ran.add(instance + "/" + solver);
            return new ResultRow("solomon", instance, solver, 10, 850.5, 10, 828.94, true, 1.0, "checked: no violation");
        });
    }
}
