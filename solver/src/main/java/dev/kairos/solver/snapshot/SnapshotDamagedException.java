package dev.kairos.solver.snapshot;

/** A snapshot file that cannot be trusted: start skips it for an older one or a full replay. */
public final class SnapshotDamagedException extends RuntimeException
{
    public SnapshotDamagedException(final String message)
    {
        super(message);
    }
}
