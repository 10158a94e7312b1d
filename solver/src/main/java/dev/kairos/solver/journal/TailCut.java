package dev.kairos.solver.journal;

/**
 * What opening the journal repaired: a damaged last record (position and reason) moved aside
 * together with the whole damaged queue folder, which is kept for inspection.
 */
public record TailCut(long position, String reason, java.nio.file.Path damagedCopy)
{
}
