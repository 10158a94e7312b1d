package dev.kairos.solver.journal;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.Envelope;

/** Receives journal records in order during replay. */
@FunctionalInterface
public interface RecordHandler
{
    void onRecord(Command command, Effects effects, long position);

    /** With the record's envelope (who sent it, its idempotency key); handlers that need it override this. */
    default void onRecord(final Command command, final Effects effects, final Envelope envelope, final long position)
    {
        onRecord(command, effects, position);
    }

    /** A handler that applies records to live state with their envelopes. */
    static RecordHandler applying(final dev.kairos.solver.state.LiveState state)
    {
        return new RecordHandler()
        {
            @Override
            public void onRecord(final Command command, final Effects effects, final long position)
            {
                state.apply(command, effects, position);
            }

            @Override
            public void onRecord(final Command command, final Effects effects, final Envelope envelope, final long position)
            {
                state.apply(command, effects, envelope, position);
            }
        };
    }
}
