/**
 * The Kairos server process: command line, configuration, Netty bootstrap and start-up of the
 * engine behind it. Started and stopped from the main thread.
 */
package dev.kairos.gateway;
