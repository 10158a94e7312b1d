/**
 * A seeded generated city: depots, engineers with skills, shifts and van stock, and a stream of
 * tickets with clustered demand. Pure functions of the seed; any thread.
 */
package dev.kairos.scenarios.city;
