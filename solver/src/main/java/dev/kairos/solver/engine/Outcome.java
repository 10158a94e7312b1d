package dev.kairos.solver.engine;

/** The engine's answer to a request. Delivered on the engine thread: hand it off, don't work in it. */
public sealed interface Outcome
{
    /** The command is journaled at {@code position} and applied; {@code entity} is what it touched. */
    record Applied(long position, Object entity, boolean created) implements Outcome
    {
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
        NOT_FOUND, CONFLICT
    }
}
