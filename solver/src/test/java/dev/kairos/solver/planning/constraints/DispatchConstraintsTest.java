package dev.kairos.solver.planning.constraints;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.planning.domain.DispatchSolution;
import dev.kairos.solver.planning.domain.EngineerRoute;
import dev.kairos.solver.planning.domain.Visit;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.kairos.solver.planning.constraints.ConstraintFixtures.MINUTE;
import static dev.kairos.solver.planning.constraints.ConstraintFixtures.T0;
import static dev.kairos.solver.planning.constraints.ConstraintFixtures.route;
import static dev.kairos.solver.planning.constraints.ConstraintFixtures.solution;
import static dev.kairos.solver.planning.constraints.ConstraintFixtures.visit;

/**
 * One case that breaks each rule and one that keeps it, with the expected weight. Places are on a
 * plane where one unit takes a minute: the engineer starts and lives at (0,0), tickets are at (10,0)
 * ({@link ConstraintFixtures}).
 */
class DispatchConstraintsTest
{
    private final ConstraintVerifier<DispatchConstraints, DispatchSolution> verifier =
        ConstraintVerifier.build(new DispatchConstraints(), DispatchSolution.class, EngineerRoute.class, Visit.class);

    @Test
    void engineerLacksRequiredSkill()
    {
        verifier.verifyThat(DispatchConstraints::engineerLacksRequiredSkill)
            .givenSolution(solution(route(), visit().skill("fiber", 1))).settingAllShadowVariables().penalizesBy(1);
        verifier.verifyThat(DispatchConstraints::engineerLacksRequiredSkill)
            .givenSolution(solution(route(), visit().skill("hvac", 2))).settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void engineerLacksRequiredTool()
    {
        verifier.verifyThat(DispatchConstraints::engineerLacksRequiredTool)
            .givenSolution(solution(route(), visit().tool("lift-key"))).settingAllShadowVariables().penalizesBy(1);
        verifier.verifyThat(DispatchConstraints::engineerLacksRequiredTool)
            .givenSolution(solution(route(), visit().tool("ladder"))).settingAllShadowVariables().penalizesBy(0);
        verifier.verifyThat(DispatchConstraints::engineerLacksRequiredTool)
            .givenSolution(solution(route().depot(Map.of(), "lift-key"), visit().tool("lift-key"), visit().tool("lift-key")))
            .settingAllShadowVariables().penalizesBy("borrowed on the way to the first, kept for the second", 0);
        verifier.verifyThat(DispatchConstraints::engineerLacksRequiredTool)
            .givenSolution(solution(route().depot(Map.of(), "drill"), visit().tool("lift-key"), visit().tool("lift-key")))
            .settingAllShadowVariables().penalizesBy("the depot lends no lift key: both visits lack it", 2);
        verifier.verifyThat(DispatchConstraints::engineerLacksRequiredTool)
            .givenSolution(solution(route().depot(Map.of(), "lift-key"), visit().tool("lift-key").part("valve", 1)))
            .settingAllShadowVariables().penalizesBy("one stop gives both, and this depot has no valve", 1);
        verifier.verifyThat(DispatchConstraints::visitMissesCustomerWindow)
            .givenSolution(solution(route().depot(Map.of(), "lift-key"), visit().tool("lift-key").window(T0, T0 + 15 * MINUTE)))
            .settingAllShadowVariables().penalizesBy("through the lender halfway, 10 minutes at the counter: T0+20 min", 5);
    }

    @Test
    void partsInNeitherVanNorDepot()
    {
        verifier.verifyThat(DispatchConstraints::partsInNeitherVanNorDepot)
            .givenSolution(solution(route(), visit().part("filter", 2), visit().part("filter", 1)))
            .settingAllShadowVariables().penalizesBy(2);
        verifier.verifyThat(DispatchConstraints::partsInNeitherVanNorDepot)
            .givenSolution(solution(route(), visit().part("filter", 1))).settingAllShadowVariables().penalizesBy(0);
        verifier.verifyThat(DispatchConstraints::partsInNeitherVanNorDepot)
            .givenSolution(solution(route().depot(Map.of("filter", 2)), visit().part("filter", 2), visit().part("filter", 1)))
            .settingAllShadowVariables()
            .penalizesBy("each visit's shortfall is picked up on the way", 0);
        verifier.verifyThat(DispatchConstraints::partsInNeitherVanNorDepot)
            .givenSolution(solution(route().depot(Map.of("valve", 9)), visit().part("filter", 2)))
            .settingAllShadowVariables()
            .penalizesBy("the depot has no filters", 1);
    }

    @Test
    void workloadBalance()
    {
        // One visit: 10 + 10 minutes' driving and 30 working = 50 busy minutes; 50² × 60 / 18,000 = 8.
        verifier.verifyThat(DispatchConstraints::workloadBalance)
            .givenSolution(solution(route(), visit())).settingAllShadowVariables().penalizesBy(8);
        // Three at the same place: 20 driving + 90 working = 110; 110² × 60 / 18,000 = 40. Spread over
        // three engineers they would cost 3 × 8: the square is what prefers the even split.
        verifier.verifyThat(DispatchConstraints::workloadBalance)
            .givenSolution(solution(route(), visit(), visit(), visit())).settingAllShadowVariables().penalizesBy(40);
        verifier.verifyThat(DispatchConstraints::workloadBalance)
            .givenSolution(solution(route())).settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void aPickUpDelaysTheVisitByItsDetourAndTheCounter()
    {
        // Direct: arrives at T0+10 min. Through the depot halfway: the same drive plus 10 minutes at the counter.
        verifier.verifyThat(DispatchConstraints::visitMissesCustomerWindow)
            .givenSolution(solution(route().depot(Map.of("filter", 5)), visit().part("filter", 1).window(T0, T0 + 15 * MINUTE)))
            .settingAllShadowVariables()
            .penalizesBy("the van has the filter", 0);
        verifier.verifyThat(DispatchConstraints::visitMissesCustomerWindow)
            .givenSolution(solution(route().depot(Map.of("filter", 5)), visit().part("filter", 3).window(T0, T0 + 15 * MINUTE)))
            .settingAllShadowVariables()
            .penalizesBy("two filters to fetch: arrives at T0+20 min", 5);
        verifier.verifyThat(DispatchConstraints::travelTime)
            .givenSolution(solution(route().depot(Map.of("filter", 5)), visit().part("filter", 3))).settingAllShadowVariables()
            .penalizesBy("the counter is not driving", (int)(dev.kairos.solver.planning.RouteCost.TRAVEL_WEIGHT * 1_200));
    }

    @Test
    void engineerHasTooManyVisits()
    {
        verifier.verifyThat(DispatchConstraints::engineerHasTooManyVisits)
            .givenSolution(solution(route().capacity(1), visit(), visit(), visit())).settingAllShadowVariables().penalizesBy(2);
        verifier.verifyThat(DispatchConstraints::engineerHasTooManyVisits)
            .givenSolution(solution(route().capacity(3), visit(), visit(), visit())).settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void visitMissesCustomerWindow()
    {
        // Arrives at T0+10 min; the window closes at T0+5 min.
        verifier.verifyThat(DispatchConstraints::visitMissesCustomerWindow)
            .givenSolution(solution(route(), visit().window(T0, T0 + 5 * MINUTE))).settingAllShadowVariables().penalizesBy(5);
        verifier.verifyThat(DispatchConstraints::visitMissesCustomerWindow)
            .givenSolution(solution(route(), visit().window(T0, T0 + 15 * MINUTE))).settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void engineerWorksPastAllowedOvertime()
    {
        // 10 min out, 30 min work, 10 min back: home at T0+50 min against a shift ending at T0+30 with none allowed.
        verifier.verifyThat(DispatchConstraints::engineerWorksPastAllowedOvertime)
            .givenSolution(solution(route().shiftEnd(T0 + 30 * MINUTE, 0), visit())).settingAllShadowVariables().penalizesBy(20);
        verifier.verifyThat(DispatchConstraints::engineerWorksPastAllowedOvertime)
            .givenSolution(solution(route().shiftEnd(T0 + 30 * MINUTE, 20), visit())).settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void ticketUnassigned()
    {
        final DispatchSolution unassigned = solution(route());
        unassigned.getVisits().add(visit().priority(Priority.P2).build());
        verifier.verifyThat(DispatchConstraints::ticketUnassigned)
            .givenSolution(unassigned).settingAllShadowVariables().penalizesBy(4);
        verifier.verifyThat(DispatchConstraints::ticketUnassigned)
            .givenSolution(solution(route(), visit().priority(Priority.P2))).settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void ticketFinishesAfterDue()
    {
        // Ends at T0+40 min, due T0+20 min: 20 min late on a P2 (weight 4): (1,800 + 1,200) × 4.
        verifier.verifyThat(DispatchConstraints::ticketFinishesAfterDue)
            .givenSolution(solution(route(), visit().priority(Priority.P2).due(T0 + 20 * MINUTE)))
            .settingAllShadowVariables().penalizesBy(12_000);
        verifier.verifyThat(DispatchConstraints::ticketFinishesAfterDue)
            .givenSolution(solution(route(), visit().priority(Priority.P2).due(T0 + 40 * MINUTE)))
            .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void ticketPlannedPastDue()
    {
        // Ends at T0+40 min: past a due of T0+20 min, half a P1's "ticket unassigned" weight (8) at the medium level.
        verifier.verifyThat(DispatchConstraints::ticketPlannedPastDue)
            .givenSolution(solution(route(), visit().priority(Priority.P1).due(T0 + 20 * MINUTE)))
            .settingAllShadowVariables().penalizesBy(4);
        verifier.verifyThat(DispatchConstraints::ticketPlannedPastDue)
            .givenSolution(solution(route(), visit().priority(Priority.P4).due(T0 + 20 * MINUTE)))
            .settingAllShadowVariables().penalizesBy(1);
        verifier.verifyThat(DispatchConstraints::ticketPlannedPastDue)
            .givenSolution(solution(route(), visit().priority(Priority.P1).due(T0 + 40 * MINUTE)))
            .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void routineTicketDrivenFar()
    {
        // Half an hour's drive to a P3 due the next day: placing it earns nothing over leaving it (2).
        final long tomorrow = T0 + 24 * 60 * MINUTE;
        verifier.verifyThat(DispatchConstraints::routineTicketDrivenFar)
            .givenSolution(solution(route(), visit().far().due(tomorrow))).settingAllShadowVariables().penalizesBy(2);
        // Ten minutes away: worth placing.
        verifier.verifyThat(DispatchConstraints::routineTicketDrivenFar)
            .givenSolution(solution(route(), visit().due(tomorrow))).settingAllShadowVariables().penalizesBy(0);
        // No due time, or a narrow window: not routine.
        verifier.verifyThat(DispatchConstraints::routineTicketDrivenFar)
            .givenSolution(solution(route(), visit().far())).settingAllShadowVariables().penalizesBy(0);
        verifier.verifyThat(DispatchConstraints::routineTicketDrivenFar)
            .givenSolution(solution(route(), visit().far().due(tomorrow).window(T0, T0 + 60 * MINUTE)))
            .settingAllShadowVariables().penalizesBy(0);
        // Due before the engineers stop work: urgent, whoever can reach it.
        final DispatchSolution urgent = solution(route(), visit().far().due(T0 + 90 * MINUTE));
        urgent.getVisits().get(0).setHorizon(T0 + 9 * 60 * MINUTE);
        verifier.verifyThat(DispatchConstraints::routineTicketDrivenFar)
            .givenSolution(urgent).settingAllShadowVariables().penalizesBy(0);
        // Only engineers 25 minutes or more away could do it: the limit is 15 past the nearest's drive, so 30 is not far.
        final DispatchSolution onlyFar = solution(route(), visit().far().due(tomorrow));
        onlyFar.getVisits().get(0).setRoutineDriveLimit(dev.kairos.solver.planning.Reach.routineLimitMillis(25 * MINUTE));
        verifier.verifyThat(DispatchConstraints::routineTicketDrivenFar)
            .givenSolution(onlyFar).settingAllShadowVariables().penalizesBy(0);
        // After a near visit, the second leg is 20 minutes (10,0) → (30,0): not more than the limit.
        verifier.verifyThat(DispatchConstraints::routineTicketDrivenFar)
            .givenSolution(solution(route(), visit().due(tomorrow), visit().far().due(tomorrow)))
            .settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void ticketLeftToBreach()
    {
        // Unassigned, due T0+20 min, the engineers stop at T0+60 min: done then at best, 40 min late on a P2.
        final DispatchSolution dueBeforeTheEnd = solution(route());
        final Visit due = visit().priority(Priority.P2).due(T0 + 20 * MINUTE).build();
        due.setHorizon(T0 + 60 * MINUTE);
        dueBeforeTheEnd.getVisits().add(due);
        verifier.verifyThat(DispatchConstraints::ticketLeftToBreach)
            .givenSolution(dueBeforeTheEnd).settingAllShadowVariables().penalizesBy((1_800 + 2_400) * 4);

        final DispatchSolution dueAfterTheEnd = solution(route());
        final Visit later = visit().priority(Priority.P2).due(T0 + 90 * MINUTE).build();
        later.setHorizon(T0 + 60 * MINUTE);
        dueAfterTheEnd.getVisits().add(later);
        verifier.verifyThat(DispatchConstraints::ticketLeftToBreach)
            .givenSolution(dueAfterTheEnd).settingAllShadowVariables().penalizesBy(0);

        final DispatchSolution served = solution(route(), visit().priority(Priority.P2).due(T0 + 20 * MINUTE));
        served.getVisits().get(0).setHorizon(T0 + 60 * MINUTE);
        verifier.verifyThat(DispatchConstraints::ticketLeftToBreach)
            .givenSolution(served).settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void travelTime()
    {
        verifier.verifyThat(DispatchConstraints::travelTime)
            .givenSolution(solution(route(), visit())).settingAllShadowVariables()
            .penalizesBy((int)(dev.kairos.solver.planning.RouteCost.TRAVEL_WEIGHT * 1_200));
        verifier.verifyThat(DispatchConstraints::travelTime)
            .givenSolution(solution(route())).settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void overtime()
    {
        // Home at T0+50 min, shift ends T0+30 min, 20 min overtime allowed: 1,200 s at weight 2.
        verifier.verifyThat(DispatchConstraints::overtime)
            .givenSolution(solution(route().shiftEnd(T0 + 30 * MINUTE, 20), visit())).settingAllShadowVariables().penalizesBy(2_400);
        verifier.verifyThat(DispatchConstraints::overtime)
            .givenSolution(solution(route(), visit())).settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void visitMovedToAnotherEngineer()
    {
        verifier.verifyThat(DispatchConstraints::visitMovedToAnotherEngineer)
            .givenSolution(solution(route(), visit().plannedOn("E-2"))).settingAllShadowVariables().penalizesBy(300);
        verifier.verifyThat(DispatchConstraints::visitMovedToAnotherEngineer)
            .givenSolution(solution(route(), visit().plannedOn("E-1"))).settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void visitTakenOffItsPinnedEngineer()
    {
        verifier.verifyThat(DispatchConstraints::visitTakenOffItsPinnedEngineer)
            .givenSolution(solution(route(), visit().pinnedTo("E-2"))).settingAllShadowVariables().penalizesBy(1);
        verifier.verifyThat(DispatchConstraints::visitTakenOffItsPinnedEngineer)
            .givenSolution(solution(route(), visit().pinnedTo("E-1"))).settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void vehicleOverItsLoadCapacity()
    {
        final DispatchSolution over = solution(route(), visit(), visit());
        over.getRoutes().get(0).setLoadCapacity(15);
        over.getVisits().forEach(visit -> visit.setDemand(10));
        verifier.verifyThat(DispatchConstraints::vehicleOverItsLoadCapacity)
            .givenSolution(over).settingAllShadowVariables().penalizesBy(5);
        final DispatchSolution within = solution(route(), visit(), visit());
        within.getRoutes().get(0).setLoadCapacity(20);
        within.getVisits().forEach(visit -> visit.setDemand(10));
        verifier.verifyThat(DispatchConstraints::vehicleOverItsLoadCapacity)
            .givenSolution(within).settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void engineerUsed()
    {
        final DispatchSolution vrptw = solution(route(), visit());
        vrptw.setConstraintWeightOverrides(ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides.of(
            Map.of("engineer used", ai.timefold.solver.core.api.score.HardMediumSoftScore.ofSoft(100_000))));
        verifier.verifyThat(DispatchConstraints::engineerUsed)
            .givenSolution(vrptw).settingAllShadowVariables().penalizesBy(1);
        verifier.verifyThat(DispatchConstraints::engineerUsed)
            .givenSolution(solution(route(), visit())).settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void engineerWaitsOnSite()
    {
        // Arrives at T0+10 min, the window opens at T0+30 min: twenty minutes idle, 1,200 s.
        verifier.verifyThat(DispatchConstraints::engineerWaitsOnSite)
            .givenSolution(solution(route(), visit().window(T0 + 30 * MINUTE, T0 + 90 * MINUTE)))
            .settingAllShadowVariables().penalizesBy(1_200);
        verifier.verifyThat(DispatchConstraints::engineerWaitsOnSite)
            .givenSolution(solution(route(), visit().window(T0, T0 + 90 * MINUTE))).settingAllShadowVariables().penalizesBy(0);
    }

    @Test
    void ticketServedLateInTheDay()
    {
        // Leaves at T0, ends at T0+40 min: 2,400 s / 2 × weight 8 for a P1, × weight 1 for a P4.
        verifier.verifyThat(DispatchConstraints::ticketServedLateInTheDay)
            .givenSolution(solution(route(), visit().priority(Priority.P1))).settingAllShadowVariables().penalizesBy(9_600);
        verifier.verifyThat(DispatchConstraints::ticketServedLateInTheDay)
            .givenSolution(solution(route(), visit().priority(Priority.P4))).settingAllShadowVariables().penalizesBy(1_200);
        verifier.verifyThat(DispatchConstraints::ticketServedLateInTheDay)
            .givenSolution(solution(route())).settingAllShadowVariables().penalizesBy(0);
    }
}
