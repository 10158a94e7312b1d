package dev.kairos.solver.command;

/**
 * A webhook's receiver has acknowledged every event it wanted up to journal position
 * {@code through}. Journaled so that after a restart delivery resumes after it (at least once:
 * acknowledgements are coalesced, so what came after the last one is delivered again).
 */
public record WebhookDelivered(long at, String webhookId, long through) implements Command
{
}
