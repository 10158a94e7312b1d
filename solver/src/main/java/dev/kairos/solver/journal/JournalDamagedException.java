package dev.kairos.solver.journal;

/**
 * A record that fails its checksum or sequence check with records after it: the journal cannot
 * be trusted past {@link #position()}, so the engine must not start on it.
 */
public final class JournalDamagedException extends RuntimeException
{
    private final long position;

    JournalDamagedException(final long position, final String reason)
    {
        super("journal damaged at position " + position + ": " + reason);
        this.position = position;
    }

    public long position()
    {
        return position;
    }
}
