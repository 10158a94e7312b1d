/**
 * A discrete-event simulation of a field-service day driving the real engine on a virtual clock:
 * tickets released at their times, engineers travelling, checking in, working and completing.
 * Single-threaded driver; the engine runs on its own thread as in production.
 */
package dev.kairos.scenarios.sim;
