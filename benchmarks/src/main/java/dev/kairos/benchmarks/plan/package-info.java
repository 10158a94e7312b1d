/**
 * Event-to-plan latency and plan quality under a steady stream of tickets, pings and completions,
 * against the real engine and optimiser. The harness drives the engine from its main thread.
 */
package dev.kairos.benchmarks.plan;
