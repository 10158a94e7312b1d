package dev.kairos.solver.engine;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.state.LiveState;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One item in the engine's inbox: a command to journal and apply, or a read-only query to run
 * against live state. Created on any thread; {@code replyTo} is called once, on the engine thread.
 */
public final class Request
{
    final Command command;
    final Function<LiveState, ?> query;
    final BiFunction<LiveState, Object, Object> detail;
    final Consumer<Outcome> replyTo;
    final dev.kairos.solver.command.Envelope envelope;
    final Function<LiveState, Outcome.Refused> guard;

    private Request(
        final Command command,
        final Function<LiveState, ?> query,
        final BiFunction<LiveState, Object, Object> detail,
        final Consumer<Outcome> replyTo)
    {
        this(command, query, detail, replyTo, dev.kairos.solver.command.Envelope.NONE, null);
    }

    private Request(
        final Command command,
        final Function<LiveState, ?> query,
        final BiFunction<LiveState, Object, Object> detail,
        final Consumer<Outcome> replyTo,
        final dev.kairos.solver.command.Envelope envelope,
        final Function<LiveState, Outcome.Refused> guard)
    {
        this.command = command;
        this.query = query;
        this.detail = detail;
        this.replyTo = replyTo;
        this.envelope = envelope;
        this.guard = guard;
    }

    /**
     * This request sent by someone ({@code envelope}: the API key, an idempotency key), allowed only
     * where {@code guard} (run on the engine thread first; null = no check) returns null: a key that
     * may not see the entity gets the guard's refusal, the same "not found" an absent one gets.
     */
    public Request by(final dev.kairos.solver.command.Envelope sender, final Function<LiveState, Outcome.Refused> check)
    {
        return new Request(command, query, detail, replyTo, sender, check);
    }

    public static Request command(final Command command, final Consumer<Outcome> replyTo)
    {
        return new Request(command, null, null, replyTo);
    }

    /**
     * A command whose reply carries {@code detail(state, entity)} instead of the bare entity: what
     * else the caller needs from the state right after the command (e.g. the ticket's new
     * assignment), read in the same step so it cannot be out of date. Must return immutable values.
     */
    public static Request command(
        final Command command, final BiFunction<LiveState, Object, Object> detail, final Consumer<Outcome> replyTo)
    {
        return new Request(command, null, detail, replyTo);
    }

    /** The query must only read, and must return immutable values. */
    public static Request query(final Function<LiveState, ?> query, final Consumer<Outcome> replyTo)
    {
        return new Request(null, query, null, replyTo);
    }
}
