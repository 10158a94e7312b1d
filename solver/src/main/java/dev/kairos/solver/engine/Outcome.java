package dev.kairos.solver.engine;

/** The engine's answer to a request. Delivered on the engine thread: hand it off, don't work in it. */
public sealed interface Outcome
{
    /**
     * The command is journaled at {@code position} and applied; {@code entity} is what it touched.
     * {@code replayed}: the request repeated an earlier one under the same idempotency key, so nothing
     * was journaled now; {@code position} and {@code created} are the original's, {@code entity} is current.
     */
    record Applied(long position, Object entity, boolean created, boolean replayed) implements Outcome
    {
        public Applied(final long position, final Object entity, final boolean created)
        {
            this(position, entity, created, false);
        }
    }

    /** The command contradicts live state; nothing was journaled. */
    record Refused(Refusal refusal, String detail) implements Outcome
    {
    }

    /** A query's result (immutable). */
    record Answered(Object value) implements Outcome
    {
    }

    /** Something broke inside the engine (a bug or the disk); the engine carries on. */
    record Failed(String detail) implements Outcome
    {
    }

    /** Why a valid command was refused. */
    enum Refusal
    {
        NOT_FOUND, CONFLICT,
        /** An idempotency key reused for a different request. */
        KEY_REUSED
    }
}
