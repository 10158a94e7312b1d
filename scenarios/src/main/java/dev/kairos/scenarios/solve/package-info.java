/**
 * Solving the published instances on plain arrays (a VRPTW and a TRSP pipeline sharing SISR's ruin
 * and its annealing) and judging the result with the independent checker. Runs on the calling thread.
 */
package dev.kairos.scenarios.solve;
