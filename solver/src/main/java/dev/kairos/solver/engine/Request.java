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

    private Request(
        final Command command,
        final Function<LiveState, ?> query,
        final BiFunction<LiveState, Object, Object> detail,
        final Consumer<Outcome> replyTo)
    {
        this.command = command;
        this.query = query;
        this.detail = detail;
        this.replyTo = replyTo;
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
