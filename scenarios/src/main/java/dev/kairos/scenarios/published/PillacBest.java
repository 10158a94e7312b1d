package dev.kairos.scenarios.published;

/**
 * One row of {@code pillac-crew25-best.csv}: the authors' best result for an instance, and how it
 * was re-checked, kept as published so our own numbers can be compared against them.
 */
public record PillacBest(String instance, int techniciansUsed, double workingTime, boolean provedOptimal,
    String recheck, String source)
{
}
