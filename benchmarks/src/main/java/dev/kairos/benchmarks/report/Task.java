package dev.kairos.benchmarks.report;

/** One solver on one instance: its key in the results file, and the work that produces its row. */
public record Task(String suite, String instance, String solver, Work work)
{
    /** Solves and checks; may throw, which stops the suite with the rows so far kept. */
    @FunctionalInterface
    public interface Work
    {
        ResultRow run() throws Exception;
    }

    public String key()
    {
        return suite + "/" + instance + "/" + solver;
    }
}
