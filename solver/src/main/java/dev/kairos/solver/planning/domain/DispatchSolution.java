package dev.kairos.solver.planning.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

import java.util.List;

/** A sub-problem: a few nearby engineers' routes and the visits they could make between them. */
@PlanningSolution
public class DispatchSolution
{
    @PlanningEntityCollectionProperty
    private List<EngineerRoute> routes;

    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<Visit> visits;

    /** Per-scenario constraint weights; the advisor also uses them to score one constraint at a time. */
    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides = ConstraintWeightOverrides.none();

    @PlanningScore
    private HardMediumSoftScore score;

    public DispatchSolution()
    {
    }

    public DispatchSolution(final List<EngineerRoute> routes, final List<Visit> visits)
    {
        this.routes = routes;
        this.visits = visits;
    }

    public List<EngineerRoute> getRoutes()
    {
        return routes;
    }

    public List<Visit> getVisits()
    {
        return visits;
    }

    public ConstraintWeightOverrides<HardMediumSoftScore> getConstraintWeightOverrides()
    {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(final ConstraintWeightOverrides<HardMediumSoftScore> overrides)
    {
        this.constraintWeightOverrides = overrides;
    }

    public HardMediumSoftScore getScore()
    {
        return score;
    }

    public void setScore(final HardMediumSoftScore score)
    {
        this.score = score;
    }
}
