package dev.kairos.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The results as markdown: per suite, one row per instance with every solver side by side against
 * the best known, then totals. Ranked as the literature ranks: vehicles first, then the objective,
 * so a gap is shown with the vehicle difference beside it ("+2.1 (+1 v)").
 */
public final class MarkdownReport
{
    /** Suites with a published best whose details still matter: the dynamic days' served and missed windows. */
    private static final Set<String> DETAILED = Set.of("dynamic");

    private MarkdownReport()
    {
    }

    public static String render(final List<ResultRow> rows)
    {
        final Map<String, List<ResultRow>> bySuite = new LinkedHashMap<>();
        rows.forEach(row -> bySuite.computeIfAbsent(row.suite(), s -> new ArrayList<>()).add(row));
        final StringBuilder out = new StringBuilder();
        bySuite.forEach((suite, suiteRows) -> suite(out, suite, suiteRows));
        return out.toString();
    }

    private static void suite(final StringBuilder out, final String suite, final List<ResultRow> rows)
    {
        final Set<String> solvers = new LinkedHashSet<>();
        final Map<String, Map<String, ResultRow>> byInstance = new LinkedHashMap<>();
        for (final ResultRow row : rows)
        {
            solvers.add(row.solver());
            byInstance.computeIfAbsent(row.instance(), i -> new LinkedHashMap<>()).put(row.solver(), row);
        }
        final boolean published = rows.stream().anyMatch(ResultRow::hasBest);
        out.append("### ").append(suite).append("\n\n");
        final StringBuilder header = new StringBuilder("| instance |");
        final StringBuilder rule = new StringBuilder("|---|");
        if (published)
        {
            header.append(" BKS (vehicles / value) |");
            rule.append("---|");
        }
        for (final String solver : solvers)
        {
            header.append(' ').append(solver).append(published ? " (vehicles / value) | gap % |" : " (vehicles / value) | detail |")
                .append(" feasible | seconds |");
            rule.append("---|---|---|---|");
        }
        out.append(header).append('\n').append(rule).append('\n');
        byInstance.forEach((instance, bySolver) ->
        {
            out.append("| ").append(instance).append(" |");
            if (published)
            {
                final ResultRow any = bySolver.values().iterator().next();
                out.append(any.hasBest() ? String.format(Locale.ROOT, " %d / %.2f |", any.bestVehicles(), any.bestObjective()) : " - |");
            }
            for (final String solver : solvers)
            {
                final ResultRow row = bySolver.get(solver);
                if (row == null)
                {
                    out.append(" - | - | - | - |");
                    continue;
                }
                out.append(String.format(Locale.ROOT, " %d / %.2f | %s | %s | %.1f |", row.vehicles(), row.objective(),
                    published ? gap(row) : row.detail(), row.feasible() ? "yes" : "**no**", row.seconds()));
            }
            out.append('\n');
        });
        out.append('\n');
        if (published)
        {
            totals(out, solvers, byInstance);
        }
        if (published && DETAILED.contains(suite))
        {
            out.append("Details:\n\n");
            byInstance.forEach((instance, bySolver) -> bySolver.forEach((solver, row) ->
                out.append("- ").append(instance).append(' ').append(solver).append(": ").append(row.detail()).append('\n')));
            out.append('\n');
        }
    }

    /** Cumulative vehicles and objective per solver, and the best known over the same instances. */
    private static void totals(final StringBuilder out, final Set<String> solvers,
        final Map<String, Map<String, ResultRow>> byInstance)
    {
        int bestVehicles = 0;
        double bestObjective = 0;
        for (final Map<String, ResultRow> bySolver : byInstance.values())
        {
            final ResultRow any = bySolver.values().iterator().next();
            bestVehicles += Math.max(0, any.bestVehicles());
            bestObjective += any.hasBest() ? any.bestObjective() : 0;
        }
        out.append(String.format(Locale.ROOT, "Totals over %d instances: best known %d vehicles / %.1f", byInstance.size(),
            bestVehicles, bestObjective));
        for (final String solver : solvers)
        {
            int vehicles = 0;
            double objective = 0;
            int feasible = 0;
            int count = 0;
            for (final Map<String, ResultRow> bySolver : byInstance.values())
            {
                final ResultRow row = bySolver.get(solver);
                if (row != null)
                {
                    vehicles += row.vehicles();
                    objective += row.objective();
                    feasible += row.feasible() ? 1 : 0;
                    count++;
                }
            }
            out.append(String.format(Locale.ROOT, "; %s %d / %.1f (%d of %d feasible)", solver, vehicles, objective, feasible, count));
        }
        out.append(".\n\n");
        for (final String solver : solvers)
        {
            out.append(sameCount(solver, byInstance));
        }
        final List<String> names = new ArrayList<>(solvers);
        for (int a = 0; a < names.size(); a++)
        {
            for (int b = a + 1; b < names.size(); b++)
            {
                out.append(headToHead(names.get(a), names.get(b), byInstance));
            }
        }
    }

    /**
     * Issue #7's Pillac measure, shown for every published suite: files feasible at the best known's
     * vehicle count, and of those, within 2 % of its objective.
     */
    private static String sameCount(final String solver, final Map<String, Map<String, ResultRow>> byInstance)
    {
        int same = 0;
        int within = 0;
        int count = 0;
        for (final Map<String, ResultRow> bySolver : byInstance.values())
        {
            final ResultRow row = bySolver.get(solver);
            if (row != null && row.hasBest())
            {
                count++;
                if (row.feasible() && row.vehicles() == row.bestVehicles())
                {
                    same++;
                    within += row.gapPercent() <= 2 ? 1 : 0;
                }
            }
        }
        return String.format(Locale.ROOT, "%s at the best known's vehicle count on %d of %d instances, within 2 %% of its "
            + "objective there on %d.%n%n", solver, same, count, within);
    }

    /** How often {@code a} beats {@code b}: feasible over infeasible, then fewer vehicles, then the lower objective. */
    private static String headToHead(final String a, final String b, final Map<String, Map<String, ResultRow>> byInstance)
    {
        int wins = 0;
        int both = 0;
        for (final Map<String, ResultRow> bySolver : byInstance.values())
        {
            final ResultRow x = bySolver.get(a);
            final ResultRow y = bySolver.get(b);
            if (x != null && y != null)
            {
                both++;
                wins += compare(x, y) < 0 ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "%s better than %s on %d of %d instances.%n%n", a, b, wins, both);
    }

    static int compare(final ResultRow x, final ResultRow y)
    {
        if (x.feasible() != y.feasible())
        {
            return x.feasible() ? -1 : 1;
        }
        if (x.vehicles() != y.vehicles())
        {
            return Integer.compare(x.vehicles(), y.vehicles());
        }
        return Double.compare(x.objective(), y.objective());
    }

    static String gap(final ResultRow row)
    {
        if (!row.hasBest())
        {
            return "-";
        }
        final int extra = row.vehicles() - row.bestVehicles();
        // Round first, so a result equal to the best known reads 0.00 rather than -0.00.
        final double gap = Math.round(row.gapPercent() * 100) / 100.0 + 0.0;
        return String.format(Locale.ROOT, gap == 0 ? "%.2f" : "%+.2f", gap) + (extra == 0 ? "" : String.format(Locale.ROOT, " (%+d v)", extra));
    }
}
