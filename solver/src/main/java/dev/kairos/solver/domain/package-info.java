/**
 * Value types shared by commands, live state and the API: locations, skills, shifts, statuses.
 * All immutable; safe to read from any thread.
 */
package dev.kairos.solver.domain;
