/**
 * The binary format of journal records and state digests: one file per kind of thing encoded,
 * every field written in a fixed order. Not thread-safe; each thread uses its own writer.
 */
package dev.kairos.solver.wire;
