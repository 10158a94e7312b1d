/**
 * The improvement path: Timefold solves small sub-problems (a few nearby engineers, their routes
 * and the unassigned tickets near them) on the optimiser thread and proposes better plans to the
 * engine as journaled {@code PlanUpdate} commands.
 */
package dev.kairos.solver.planning.improve;
