package dev.kairos.solver.planning.advice;

import java.util.List;

/**
 * One recommended slot and what it would do to the plan's score: {@code impact} is the change
 * against the ticket being unassigned, by constraint.
 */
public record Option(Slot slot, String impact, List<ConstraintImpact> breakdown)
{
}
