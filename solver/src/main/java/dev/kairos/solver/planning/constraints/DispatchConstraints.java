package dev.kairos.solver.planning.constraints;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import dev.kairos.solver.planning.Reach;
import dev.kairos.solver.planning.RouteCost;
import dev.kairos.solver.planning.domain.EngineerRoute;
import dev.kairos.solver.planning.domain.Visit;

import java.util.List;

/**
 * Hard: skills, tools, parts, visit count, customer windows, shift end plus allowed overtime,
 * dispatchers' pins.
 * Medium: tickets left unassigned, by priority, and tickets planned past their due time, at half that; a far drive
 * to routine work earns nothing there ({@link #routineTicketDrivenFar}). Soft, in seconds of travel-equivalent: lateness
 * past the SLA due time (by priority and tier, with a fixed cost for breaching at all; an unassigned
 * ticket due within the problem's horizon counts as done at its end), travel,
 * waiting on site for windows, overtime, and moving a visit off the engineer it was planned on. The soft weights match
 * {@link RouteCost}, so the fast path and the optimiser agree on what is better.
 */
public final class DispatchConstraints implements ConstraintProvider
{
    static final long BREACH_SECONDS = RouteCost.BREACH_MINUTES * 60;
    /** Moving a planned visit to another engineer costs five minutes of driving. */
    static final long MOVE_SECONDS = 300;

    /** Every constraint's name, in the order {@link #defineConstraints} lists them. */
    public static final List<String> NAMES = List.of(
        "engineer lacks required skill", "engineer lacks required tool", "parts in neither van nor depot",
        "engineer has too many visits", "visit misses customer window", "engineer works past allowed overtime",
        "ticket unassigned", "ticket finishes after due", "travel time", "overtime", "visit moved to another engineer",
        "visit taken off its pinned engineer", "vehicle over its load capacity", "engineer used", "engineer waits on site",
        "ticket served late in the day", "workload balance", "ticket left to breach", "ticket planned past due", "routine ticket driven far");

    @Override
    public Constraint[] defineConstraints(final ConstraintFactory factory)
    {
        return new Constraint[]{
            engineerLacksRequiredSkill(factory),
            engineerLacksRequiredTool(factory),
            partsInNeitherVanNorDepot(factory),
            engineerHasTooManyVisits(factory),
            visitMissesCustomerWindow(factory),
            engineerWorksPastAllowedOvertime(factory),
            ticketUnassigned(factory),
            ticketFinishesAfterDue(factory),
            travelTime(factory),
            overtime(factory),
            visitMovedToAnotherEngineer(factory),
            visitTakenOffItsPinnedEngineer(factory),
            vehicleOverItsLoadCapacity(factory),
            engineerUsed(factory),
            engineerWaitsOnSite(factory),
            ticketServedLateInTheDay(factory),
            workloadBalance(factory),
            ticketLeftToBreach(factory),
            ticketPlannedPastDue(factory),
            routineTicketDrivenFar(factory)
        };
    }

    Constraint engineerLacksRequiredSkill(final ConstraintFactory factory)
    {
        return factory.forEach(Visit.class)
            .filter(visit -> !visit.getRoute().hasSkillsFor(visit))
            .penalize(HardMediumSoftScore.ONE_HARD)
            .asConstraint("engineer lacks required skill");
    }

    /** One instance for both shortfall constraints: Timefold shares a mapping node only when the function is the same. */
    private static final java.util.function.Function<EngineerRoute, EngineerRoute.Shortfall> SHORTFALL = EngineerRoute::shortfall;

    Constraint engineerLacksRequiredTool(final ConstraintFactory factory)
    {
        // Per route: a visit lacks a tool only if no visit before it borrowed it and no depot on the way lends it.
        return factory.forEach(EngineerRoute.class)
            .map(SHORTFALL)
            .filter(shortfall -> shortfall.tools() > 0)
            .penalize(HardMediumSoftScore.ONE_HARD, EngineerRoute.Shortfall::tools)
            .asConstraint("engineer lacks required tool");
    }

    Constraint partsInNeitherVanNorDepot(final ConstraintFactory factory)
    {
        return factory.forEach(EngineerRoute.class)
            .map(SHORTFALL)
            .filter(shortfall -> shortfall.parts() > 0)
            .penalize(HardMediumSoftScore.ONE_HARD, EngineerRoute.Shortfall::parts)
            .asConstraint("parts in neither van nor depot");
    }

    Constraint engineerHasTooManyVisits(final ConstraintFactory factory)
    {
        return factory.forEach(EngineerRoute.class)
            .filter(route -> route.capacityExcess() > 0)
            .penalize(HardMediumSoftScore.ONE_HARD, EngineerRoute::capacityExcess)
            .asConstraint("engineer has too many visits");
    }

    Constraint visitMissesCustomerWindow(final ConstraintFactory factory)
    {
        return factory.forEach(Visit.class)
            .filter(visit -> visit.getArrival() != null && visit.getStart() > visit.getWindowEnd())
            .penalize(HardMediumSoftScore.ONE_HARD, visit -> minutesUp(visit.getStart() - visit.getWindowEnd()))
            .asConstraint("visit misses customer window");
    }

    Constraint engineerWorksPastAllowedOvertime(final ConstraintFactory factory)
    {
        return factory.forEach(EngineerRoute.class)
            .filter(route -> route.lateReturnMillis() > 0)
            .penalize(HardMediumSoftScore.ONE_HARD, route -> minutesUp(route.lateReturnMillis()))
            .asConstraint("engineer works past allowed overtime");
    }

    Constraint ticketUnassigned(final ConstraintFactory factory)
    {
        return factory.forEachIncludingUnassigned(Visit.class)
            .filter(visit -> visit.getRoute() == null)
            .penalize(HardMediumSoftScore.ONE_MEDIUM, visit -> RouteCost.latenessWeight(visit.getPriority()))
            .asConstraint("ticket unassigned");
    }

    Constraint ticketFinishesAfterDue(final ConstraintFactory factory)
    {
        return factory.forEach(Visit.class)
            .filter(visit -> visit.getArrival() != null && visit.getEnd() > visit.getDue())
            .penalize(HardMediumSoftScore.ONE_SOFT, visit -> latenessWeight(visit)
                * (BREACH_SECONDS + (visit.getEnd() - visit.getDue()) / 1_000))
            .asConstraint("ticket finishes after due");
    }

    Constraint travelTime(final ConstraintFactory factory)
    {
        return factory.forEach(EngineerRoute.class)
            .filter(route -> !route.getVisits().isEmpty())
            .penalize(HardMediumSoftScore.ONE_SOFT, route -> RouteCost.TRAVEL_WEIGHT * route.travelMillis() / 1_000)
            .asConstraint("travel time");
    }

    Constraint overtime(final ConstraintFactory factory)
    {
        return factory.forEach(EngineerRoute.class)
            .filter(route -> route.overtimeMillis() > 0)
            .penalize(HardMediumSoftScore.ONE_SOFT, route -> RouteCost.OVERTIME_WEIGHT * route.overtimeMillis() / 1_000)
            .asConstraint("overtime");
    }

    Constraint visitMovedToAnotherEngineer(final ConstraintFactory factory)
    {
        return factory.forEach(Visit.class)
            .filter(visit -> visit.getPlannedEngineerId() != null
                && !visit.getPlannedEngineerId().equals(visit.getRoute().getEngineerId()))
            .penalize(HardMediumSoftScore.ONE_SOFT, visit -> MOVE_SECONDS)
            .asConstraint("visit moved to another engineer");
    }

    /**
     * A dispatcher's pin is a hard rule for the planner: it may order the visit, not move it away.
     * Weighted far above the per-minute hard rules: at one point, dropping a pinned visit from a
     * route that ran past its overtime "paid" for itself, and the optimiser unassigned it.
     */
    static final HardMediumSoftScore PIN_BROKEN = HardMediumSoftScore.ofHard(1_000_000);

    Constraint visitTakenOffItsPinnedEngineer(final ConstraintFactory factory)
    {
        return factory.forEachIncludingUnassigned(Visit.class)
            .filter(visit -> visit.getPinnedEngineerId() != null
                && (visit.getRoute() == null || !visit.getPinnedEngineerId().equals(visit.getRoute().getEngineerId())))
            .penalize(PIN_BROKEN)
            .asConstraint("visit taken off its pinned engineer");
    }

    /** Published VRPTW instances: a vehicle's load. Never matches in field service (no load limit). */
    Constraint vehicleOverItsLoadCapacity(final ConstraintFactory factory)
    {
        return factory.forEach(EngineerRoute.class)
            .filter(route -> route.loadExcess() > 0)
            .penalize(HardMediumSoftScore.ONE_HARD, EngineerRoute::loadExcess)
            .asConstraint("vehicle over its load capacity");
    }

    /**
     * Each engineer or vehicle with work. Weight zero in field service; published VRPTW instances
     * rank fewer vehicles first and give it a weight above any distance saving.
     */
    Constraint engineerUsed(final ConstraintFactory factory)
    {
        return factory.forEach(EngineerRoute.class)
            .filter(route -> !route.getVisits().isEmpty())
            .penalize(HardMediumSoftScore.ZERO)
            .asConstraint("engineer used");
    }

    /** Waiting for a window to open is time lost like driving: plans that wait idle while work waits elsewhere cost it. */
    Constraint engineerWaitsOnSite(final ConstraintFactory factory)
    {
        return factory.forEach(EngineerRoute.class)
            .filter(route -> route.idleMillis() > 0)
            .penalize(HardMediumSoftScore.ONE_SOFT, route -> RouteCost.IDLE_WEIGHT * route.idleMillis() / 1_000)
            .asConstraint("engineer waits on site");
    }

    /** The sooner a ticket is done the better, urgent ones most: keeps an overloaded plan working through its backlog. */
    Constraint ticketServedLateInTheDay(final ConstraintFactory factory)
    {
        return factory.forEach(Visit.class)
            .filter(visit -> visit.getArrival() != null)
            .penalize(HardMediumSoftScore.ONE_SOFT,
                visit -> RouteCost.responseCost(visit.getEnd() - visit.getRoute().getDeparture(), visit.getPriority()))
            .asConstraint("ticket served late in the day");
    }

    /** Busy minutes squared, as the fast path prices them ({@link RouteCost#balanceSeconds}), in this provider's seconds. */
    Constraint workloadBalance(final ConstraintFactory factory)
    {
        return factory.forEach(EngineerRoute.class)
            .filter(route -> !route.getVisits().isEmpty())
            .penalize(HardMediumSoftScore.ONE_SOFT, route -> RouteCost.balanceSeconds(route.busyMillis() / 60_000L))
            .asConstraint("workload balance");
    }

    /**
     * A ticket left unassigned whose due time falls before the problem's last engineer stops work
     * breaches as surely as one planned late, and later: it costs as if done at that end. Without
     * this an overloaded plan would leave its most urgent tickets out, since they alone cost lateness.
     */
    Constraint ticketLeftToBreach(final ConstraintFactory factory)
    {
        return factory.forEachIncludingUnassigned(Visit.class)
            .filter(visit -> visit.getRoute() == null && visit.getDue() <= visit.getHorizon())
            .penalize(HardMediumSoftScore.ONE_SOFT, visit -> latenessWeight(visit)
                * (BREACH_SECONDS + (visit.getHorizon() - visit.getDue()) / 1_000))
            .asConstraint("ticket left to breach");
    }

    /**
     * A visit planned to finish past its due time weighs at the medium level too: half what leaving
     * it unassigned does. Without it, "ticket unassigned" (medium) outweighed every minute of
     * lateness (soft), so a round that fitted one more routine ticket onto a route took it even when
     * that made a P1 miss its on-site deadline: on the overloaded city day (seed 3) all five of
     * Kairos's response breaches were P1s planned in time and then pushed late, or taken off their
     * route, by rounds that placed P3s and P4s. At half, a late ticket is still served rather than
     * dropped for nothing, and a P1 (4) outweighs the P3 (2) that would push it late.
     */
    Constraint ticketPlannedPastDue(final ConstraintFactory factory)
    {
        return factory.forEach(Visit.class)
            .filter(visit -> visit.getArrival() != null && visit.getEnd() > visit.getDue())
            .penalize(HardMediumSoftScore.ONE_MEDIUM, DispatchConstraints::pastDueWeight)
            .asConstraint("ticket planned past due");
    }

    /**
     * A visit to routine work ({@link Visit#isRoutine}: due after the problem's last engineer stops
     * work, so no "ticket left to breach" for it, and no narrow window), reached by a drive longer
     * than {@link Reach#routineLimitMillis} allows (25 minutes, or 15 more than the nearest qualified
     * engineer's drive when that is longer), earns nothing at the medium level: it costs what leaving
     * the ticket unassigned does, so only the soft level (travel, lateness) decides whether it is
     * worth the drive. Without it "ticket unassigned" outweighed any drive, and on the overloaded city
     * day every round packed the routes with whatever backlog fitted, 15–20 km away as readily as 2:
     * Kairos's P3 drives were 1.8 km longer than the nearest open ticket the same engineer could do
     * (benchmarks/RESULTS.md, 2026-12-07 session 9). The fast path refuses the same slots
     * ({@code Insertion.choose}), so a round does not take off work the fast path just placed; judged
     * against the nearest qualified engineer, a ticket only engineers across town can do is never far.
     */
    Constraint routineTicketDrivenFar(final ConstraintFactory factory)
    {
        return factory.forEach(Visit.class)
            .filter(visit -> visit.getArrival() != null && visit.isRoutineDrivenFar())
            .penalize(HardMediumSoftScore.ONE_MEDIUM, visit -> (int)RouteCost.latenessWeight(visit.getPriority()))
            .asConstraint("routine ticket driven far");
    }

    /** Half the priority's "ticket unassigned" weight, at least one. */
    static int pastDueWeight(final Visit visit)
    {
        return (int)Math.max(1, RouteCost.latenessWeight(visit.getPriority()) / 2);
    }

    static long latenessWeight(final Visit visit)
    {
        return RouteCost.latenessWeight(visit.getPriority()) * (visit.isGoldTier() ? 2 : 1);
    }

    private static long minutesUp(final long millis)
    {
        return (millis + 59_999) / 60_000;
    }
}
