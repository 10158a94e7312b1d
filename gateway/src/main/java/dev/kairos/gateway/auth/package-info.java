/**
 * Who may do what: the roles table ({@link dev.kairos.gateway.auth.Access}) checked on the event
 * loop, and what a key may see ({@link dev.kairos.gateway.auth.Scope}: an engineer's own tickets, a
 * key's regions), checked on the engine thread where it needs live state.
 */
package dev.kairos.gateway.auth;
