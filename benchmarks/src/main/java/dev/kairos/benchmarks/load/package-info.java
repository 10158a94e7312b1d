/**
 * {@code ./kairos load}: an open-loop HTTP load generator that charges latency from each request's intended send time.
 * Threads: the caller paces the timetable; one Netty event loop sends, reads and records (histograms are single-threaded).
 */
package dev.kairos.benchmarks.load;
