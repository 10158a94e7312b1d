package dev.kairos.solver.state;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.Envelope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyTest
{
    private static final long T0 = RandomCommands.START;

    @Test
    void shouldRememberAKeyPerApiKeyForTwentyFourHoursOfEngineTime()
    {
        final LiveState state = new LiveState();
        final RandomCommands random = new RandomCommands(31);
        state.apply(new CreateTicket(T0, random.ticketSpec()), new Effects("T-1"), new Envelope("key-a", "k1", "h1"), 1);

        final IdempotentRequest entry = state.idempotency().find("key-a", "k1", T0 + 1);
        assertThat(entry).isEqualTo(new IdempotentRequest(IdempotentRequest.id("key-a", "k1"), "h1", T0, 1, true, "T-1"));
        assertThat(state.idempotency().find("key-b", "k1", T0 + 1)).as("another API key's k1").isNull();
        assertThat(state.idempotency().find("key-a", "k1", T0 + Idempotency.RETENTION_MILLIS - 1)).isNotNull();
        assertThat(state.idempotency().find("key-a", "k1", T0 + Idempotency.RETENTION_MILLIS)).isNull();
    }

    @Test
    void shouldDropExpiredKeysAsLaterIdempotentRecordsArrive()
    {
        final LiveState state = new LiveState();
        final RandomCommands random = new RandomCommands(32);
        state.apply(new CreateTicket(T0, random.ticketSpec()), new Effects("T-1"), new Envelope("key-a", "k1", "h1"), 1);
        state.apply(new CreateTicket(T0 + 10, random.ticketSpec()), new Effects("T-2"), new Envelope("key-a", "k2", "h2"), 2);
        state.apply(new CreateTicket(T0 + Idempotency.RETENTION_MILLIS + 5, random.ticketSpec()), new Effects("T-3"),
            new Envelope("key-a", "k3", "h3"), 3);

        assertThat(state.idempotency().all()).extracting(IdempotentRequest::madeId).containsExactly("T-2", "T-3");
    }
}
