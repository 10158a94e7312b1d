/**
 * Snapshots of live state at a journal position: captured on the engine thread, encoded, checked
 * and written on a thread of their own, loaded at start so only the journal's tail is replayed.
 */
package dev.kairos.solver.snapshot;
