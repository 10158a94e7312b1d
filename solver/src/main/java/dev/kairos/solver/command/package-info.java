/**
 * Commands: the only way live state changes. Built and validated by the gateway (any thread),
 * decided, journaled and applied by the engine thread. Immutable records.
 */
package dev.kairos.solver.command;
