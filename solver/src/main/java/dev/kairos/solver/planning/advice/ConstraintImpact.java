package dev.kairos.solver.planning.advice;

/** A constraint's share of a score change, as Timefold formats scores (e.g. {@code 0hard/0medium/-420soft}). */
public record ConstraintImpact(String constraint, String score)
{
}
