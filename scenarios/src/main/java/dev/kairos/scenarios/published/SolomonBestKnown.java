package dev.kairos.scenarios.published;

/**
 * One row of {@code bks.csv}: the best-known Solomon result, ranked first by vehicles then by
 * total distance, and where the number was copied from (the note names any disagreeing copy).
 */
public record SolomonBestKnown(String instance, int vehicles, double distance, String source)
{
}
