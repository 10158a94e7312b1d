package dev.kairos.solver.state;

import dev.kairos.solver.sla.SlaPolicy;
import dev.kairos.solver.sla.TicketSla;

/** Puts recorded entities back into a {@link LiveState}: snapshot loading, and tests needing states no command reaches. */
final class Restore
{
    private Restore()
    {
    }

    static void entity(final LiveState state, final Object entity)
    {
        switch (entity)
        {
            case Ticket t -> state.put(t);
            case Engineer e -> state.put(e);
            case Depot d -> state.put(d);
            case ApiKey k -> state.putKey(k);
            case Route r -> state.plan().restore(r);
            case TicketSla s -> state.sla().restore(s);
            case SlaPolicy p -> state.sla().restore(p);
            case CalendarEntry c -> state.sla().restore(c);
            case TicketTimeline t -> state.timeline().restore(t);
            case IdempotentRequest r -> state.idempotency().restore(r);
            case PartsReservation r -> state.stock().put(r);
            case WebhookState w -> state.webhooks().put(w);
            default -> throw new IllegalArgumentException("not a live-state entity: " + entity.getClass().getName());
        }
    }
}
