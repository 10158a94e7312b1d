/**
 * JMH suites for Kairos's hot paths. Each states its own thread use; on the 2-core machines
 * the numbers in RESULTS.md come from, the engine, Netty and the benchmark share the cores.
 */
package dev.kairos.benchmarks;
