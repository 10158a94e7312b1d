/**
 * Planning on the engine thread: travel times, route timing and the fast path (cheapest feasible
 * insertion). Pure functions of their inputs; the engine thread calls them while deciding.
 */
package dev.kairos.solver.planning;
