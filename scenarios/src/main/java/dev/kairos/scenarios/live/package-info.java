/**
 * Feeds a running engine with a generated city's life: set-up, arriving tickets, engineers'
 * location pings. Runs on its own thread and reaches the engine only through its inbox.
 */
package dev.kairos.scenarios.live;
