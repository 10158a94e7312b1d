/**
 * The /v1 resources: request decoders (JSON to a valid command, or a problem naming each bad
 * field), response views, and the routes that join them. Event-loop threads only.
 */
package dev.kairos.gateway.api;
