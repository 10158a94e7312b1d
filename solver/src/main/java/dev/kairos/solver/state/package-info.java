/**
 * The live picture: tickets, engineers, depots, API keys. Written only by the engine thread;
 * entities are immutable records, so a query may hand one to another thread as it is.
 */
package dev.kairos.solver.state;
