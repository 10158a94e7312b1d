package dev.kairos.benchmarks.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs tasks in order, appending each row to {@code results.csv} as it finishes, and skipping, on
 * a resumed run, those whose key the file already holds; then writes {@code report.md} and one
 * gap chart per suite from everything in the file.
 */
public final class ReportRunner
{
    public static final String CSV = "results.csv";
    public static final String MARKDOWN = "report.md";

    private ReportRunner()
    {
    }

    /** Returns how many tasks ran (the rest were already done). */
    public static int run(final List<Task> tasks, final Path out, final boolean resume, final double secondsEach,
        final PrintStream progressOut) throws Exception
    {
        Files.createDirectories(out);
        final Path csv = out.resolve(CSV);
        if (Files.exists(csv) && !resume)
        {
            throw new IllegalStateException(csv + " exists: pass --resume to continue it, or choose another --out");
        }
        final Set<String> done = new HashSet<>();
        ResultsCsv.read(csv).forEach(row -> done.add(row.key()));
        final List<Task> todo = tasks.stream().filter(task -> !done.contains(task.key())).toList();
        final Progress progress = new Progress(progressOut, todo.size(), secondsEach);
        for (final Task task : todo)
        {
            progress.starting(task.instance() + " " + task.solver());
            final ResultRow row = task.work().run();
            ResultsCsv.append(csv, row);
            progress.finished();
        }
        writeSummaries(out);
        return todo.size();
    }

    /** report.md and gap-SUITE.png from the rows in results.csv. */
    public static void writeSummaries(final Path out) throws IOException
    {
        final List<ResultRow> rows = ResultsCsv.read(out.resolve(CSV));
        final StringBuilder markdown = new StringBuilder("## Results\n\n");
        final List<String> suites = new ArrayList<>();
        rows.forEach(row ->
        {
            if (!suites.contains(row.suite()))
            {
                suites.add(row.suite());
            }
        });
        for (final String suite : suites)
        {
            final List<ResultRow> suiteRows = rows.stream().filter(row -> row.suite().equals(suite)).toList();
            final String png = "gap-" + suite + ".png";
            if (GapChart.write(suite + ": gap to best known, percent (value at each solver's vehicle count)", suiteRows,
                out.resolve(png)))
            {
                markdown.append("![").append(suite).append(" gap per instance](").append(png).append(")\n\n");
            }
            markdown.append(MarkdownReport.render(suiteRows));
        }
        Files.writeString(out.resolve(MARKDOWN), markdown.toString());
    }
}
