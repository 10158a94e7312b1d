/**
 * Push: events derived from the journal by a tail reader on its own thread, fanned out to WebSocket
 * subscribers on their channels' event loops. Nothing here runs on or waits for the engine thread.
 */
package dev.kairos.gateway.push;
