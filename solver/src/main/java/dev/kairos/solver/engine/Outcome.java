package dev.kairos.solver.engine;

/** The engine's answer to a request. Delivered on the engine thread: hand it off, don't work in it. */
public sealed interface Outcome
{
    /** The command is journaled at {@code position} and applied; {@code entity} is what it touched. */
    record Applied(long position, Object entity, boolean created) implements Outcome
    {
    }

    /**
     * The command contradicts live state; nothing was journaled. {@code field} and {@code value} name
     * the request field at fault when there is one (a quantity the stock cannot cover), else null.
     */
    record Refused(Refusal refusal, String detail, String field, Object value) implements Outcome
    {
        public Refused(final Refusal refusal, final String detail)
        {
            this(refusal, detail, null, null);
        }
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
        /** A field of the request asks for what state cannot give (400, the field named). */
        INVALID
    }
}
