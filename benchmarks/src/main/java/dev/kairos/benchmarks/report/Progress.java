package dev.kairos.benchmarks.report;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on stderr: done of total, the item under way, and time left at the budget. */
final class Progress
{
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final int total;
    private final double secondsEach;
    private int done;

    Progress(final PrintStream out, final int total, final double secondsEach)
    {
        this.out = out;
        this.total = total;
        this.secondsEach = secondsEach;
    }

    void starting(final String item)
    {
        final int filled = total == 0 ? WIDTH : WIDTH * done / total;
        out.printf(Locale.ROOT, "\r[%s%s] %d/%d %-34s ~%.0f s left ", "#".repeat(filled), ".".repeat(WIDTH - filled),
            done, total, item, (total - done) * secondsEach);
        out.flush();
    }

    void finished()
    {
        done++;
        if (done == total)
        {
            out.printf(Locale.ROOT, "\r[%s] %d/%d done%s%n", "#".repeat(WIDTH), done, total, " ".repeat(50));
        }
    }
}
