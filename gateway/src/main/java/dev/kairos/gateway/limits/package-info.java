/**
 * Limits that protect the server from one client: connections, request rate per API key (per
 * connection without one). Header and body size limits live in the HTTP codec and aggregator.
 * Refusals are problem responses like every other; nothing here touches the engine.
 */
package dev.kairos.gateway.limits;
