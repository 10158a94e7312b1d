package dev.kairos.solver.command;

/**
 * A webhook's receiver has refused one delivery {@code attempts} times in a row: the event of type
 * {@code event} from journal position {@code eventPosition} ({@code delivery} is its
 * {@code Kairos-Delivery} id), the last failure being {@code lastError}. Journaled by the webhook's
 * deliverer once per run of failures, so that the stream and the other webhooks hear of it in
 * journal order, and a client resuming from a position hears of it too. Changes no state.
 */
public record WebhookFailed(long at, String webhookId, String event, long eventPosition, String delivery, int attempts,
                            String lastError) implements Command
{
}
