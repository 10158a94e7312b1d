/**
 * Push: events derived from the journal by a tail reader on its own thread, fanned out to WebSocket
 * subscribers on their event loops and to webhooks on a thread each; none runs on or waits for the engine.
 */
package dev.kairos.gateway.push;
