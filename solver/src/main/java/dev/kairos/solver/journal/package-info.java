/**
 * The journal: every accepted command with the engine's decision, one Chronicle Queue record
 * each, sequenced and checksummed by us. Appended and replayed by the engine thread only.
 */
package dev.kairos.solver.journal;
