package dev.kairos.benchmarks.report;

/**
 * One solver's result on one instance of a suite, as the report stores it. For the published
 * suites {@code objective} is the published measure (Solomon: distance; Pillac: working time) and
 * {@code vehicles} the vehicles or technicians used; for city scenarios {@code objective} is the
 * travel driven (km) and {@code detail} the SLA figures. {@code bestVehicles} is -1 and
 * {@code bestObjective} NaN where there is no published best.
 */
public record ResultRow(String suite, String instance, String solver, int vehicles, double objective, int bestVehicles,
    double bestObjective, boolean feasible, double seconds, String detail)
{
    /** The key a resumed run skips on. */
    public String key()
    {
        return suite + "/" + instance + "/" + solver;
    }

    public boolean hasBest()
    {
        return bestVehicles >= 0 && !Double.isNaN(bestObjective);
    }

    /** Objective above the best known, percent; NaN without one. Meaningful alone only at equal vehicles. */
    public double gapPercent()
    {
        return hasBest() ? 100 * (objective / bestObjective - 1) : Double.NaN;
    }
}
