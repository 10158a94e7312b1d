/**
 * The engine: one thread that owns live state. Other threads offer {@link dev.kairos.solver.engine.Request}s
 * to its bounded inbox; it decides, journals, applies, then replies, in that order.
 */
package dev.kairos.solver.engine;
