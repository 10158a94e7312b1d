/**
 * The Timefold planning model of a sub-problem: engineers' routes (entities with a list variable)
 * and visits (with arrival times as shadow variables). Built and solved on an optimiser thread;
 * never shared with the engine thread.
 */
package dev.kairos.solver.planning.domain;
