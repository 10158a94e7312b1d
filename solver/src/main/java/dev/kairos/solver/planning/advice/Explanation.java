package dev.kairos.solver.planning.advice;

import java.util.List;

/**
 * Why a ticket sits where it does: its slot (null while unassigned), what it contributes to the
 * plan's score by constraint (the plan with it against the plan without it), and the best other
 * slots with the score difference each would make against the current one (positive is better).
 */
public record Explanation(String ticketId, Slot current, List<ConstraintImpact> breakdown, List<Alternative> alternatives)
{
    /** Another slot and how much better (positive) or worse it is than the current one. */
    public record Alternative(Slot slot, String scoreDifference, boolean better)
    {
    }
}
