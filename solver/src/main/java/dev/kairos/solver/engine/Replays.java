package dev.kairos.solver.engine;

import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.ChangeEngineerStatus;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.Envelope;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.command.PutCalendar;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.command.RevokeApiKey;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.UpdateTicket;
import dev.kairos.solver.engine.Outcome.Refusal;
import dev.kairos.solver.state.IdempotentRequest;
import dev.kairos.solver.state.LiveState;

import java.util.function.BiFunction;

/**
 * Answers a request that repeats one already journaled under the same idempotency key: nothing is
 * journaled; the reply has the original's position and status and the entity as it is now. The
 * gateway replays its own copy of the original bytes while it has them; this is the answer when
 * it does not (after a restart, or once its copy is evicted).
 */
final class Replays
{
    private Replays()
    {
    }

    static Outcome answer(final LiveState state, final Command command, final Envelope envelope,
                          final IdempotentRequest earlier, final BiFunction<LiveState, Object, Object> detail)
    {
        if (!earlier.requestHash().equals(envelope.requestHash()))
        {
            return new Outcome.Refused(Refusal.KEY_REUSED, "Idempotency-Key " + envelope.idempotencyKey()
                + " was used for a different request (journal position " + earlier.position() + ")");
        }
        final Object entity = current(state, command, earlier);
        if (entity == null)
        {
            // What the original touched is gone (e.g. a deleted policy): the original position is all there is to say.
            return new Outcome.Applied(earlier.position(), null, earlier.created(), true);
        }
        return new Outcome.Applied(earlier.position(), detail == null ? entity : detail.apply(state, entity), earlier.created(), true);
    }

    /** What the original command touched, as it is now; the command itself where apply returned that. */
    private static Object current(final LiveState state, final Command command, final IdempotentRequest earlier)
    {
        return switch (command)
        {
            case CreateTicket c -> state.ticket(earlier.madeId());
            case UpdateTicket c -> state.ticket(c.ticketId());
            case CancelTicket c -> state.ticket(c.ticketId());
            case TicketProgress c -> state.ticket(c.ticketId());
            case PinTicket c -> state.ticket(c.ticketId());
            case PutEngineer c -> state.engineer(c.engineerId());
            case EngineerLocation c -> state.engineer(c.engineerId());
            case ChangeEngineerStatus c -> state.engineer(c.engineerId());
            case PutDepot c -> state.depot(c.depotId());
            case PutApiKey c -> state.apiKey(earlier.madeId());
            case RevokeApiKey c -> state.apiKey(c.keyId());
            case dev.kairos.solver.command.SetKeyLimits c -> state.apiKey(c.keyId());
            case PutSlaPolicy c -> state.sla().policy(c.policyId());
            case PutCalendar c -> state.sla().calendar(c.name());
            default -> null;
        };
    }
}
