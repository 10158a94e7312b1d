/**
 * Solving the published instances with Kairos's own planning model and judging the result with
 * the independent checker. Runs on the calling thread.
 */
package dev.kairos.scenarios.solve;
