/**
 * Readers and plain records for the published benchmark instances in {@code ../shared/data}
 * (Solomon VRPTW, Pillac TRSP, its release dates). Stateless and immutable: any thread.
 */
package dev.kairos.scenarios.published;
