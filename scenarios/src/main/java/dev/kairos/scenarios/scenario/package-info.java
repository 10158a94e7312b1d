/**
 * The scenario file format (docs/SCENARIOS.md): a dispatch day as JSON, read and checked by
 * {@code ScenarioFile}, turned into engine commands by {@code ScenarioCommands}. Pure values; any thread.
 */
package dev.kairos.scenarios.scenario;
