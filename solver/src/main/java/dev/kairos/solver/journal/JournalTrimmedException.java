package dev.kairos.solver.journal;

/**
 * The journal no longer starts at position 1: retention deleted its oldest files. Only a state
 * already at {@link #firstPosition()} - 1 or later (a snapshot's) can be carried forward from it.
 */
public final class JournalTrimmedException extends IllegalStateException
{
    private final long firstPosition;

    JournalTrimmedException(final long firstPosition)
    {
        super("the journal starts at position " + firstPosition + ": the files before it were deleted by retention, so "
            + "only a snapshot at position " + (firstPosition - 1) + " or later can rebuild state from it");
        this.firstPosition = firstPosition;
    }

    /** The same, saying what the caller tried instead. */
    public JournalTrimmedException(final JournalTrimmedException cause, final String context)
    {
        super(cause.getMessage() + "; " + context, cause);
        this.firstPosition = cause.firstPosition;
    }

    public long firstPosition()
    {
        return firstPosition;
    }
}
