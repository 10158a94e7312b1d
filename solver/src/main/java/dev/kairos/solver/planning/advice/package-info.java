/**
 * Explanations and recommendations: Timefold's score analysis on a copy of a sub-problem, so a
 * dispatcher can see why a ticket sits where it does and where else it could go. Runs on the
 * advisor's own thread; never touches live state.
 */
package dev.kairos.solver.planning.advice;
