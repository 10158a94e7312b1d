package dev.kairos.solver.command;

import java.util.List;

/**
 * Create, replace or (with {@code url} null) remove a webhook: where to POST the events whose types
 * (names or families such as {@code plan.*}) it lists, signed with {@code secret}. The engine only
 * journals it; the push side reads registrations and their delivery progress from the journal.
 * The secret is journaled as given: signing needs it, not a hash of it.
 */
public record PutWebhook(long at, String webhookId, String url, List<String> types, String secret) implements Command
{
    public PutWebhook
    {
        types = List.copyOf(types);
    }
}
