package dev.kairos.solver.state;

import dev.kairos.solver.command.PutWebhook;
import dev.kairos.solver.command.WebhookDelivered;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The registered webhooks, applied as the push side applies them: a replacement keeps the
 * registration position and acknowledgements, a removal (null url) forgets the webhook, and an
 * acknowledgement only moves forward. Engine thread only.
 */
public final class WebhookBook
{
    private final Map<String, WebhookState> byId = new HashMap<>();

    public WebhookState get(final String id)
    {
        return byId.get(id);
    }

    public Collection<WebhookState> all()
    {
        return byId.values();
    }

    PutWebhook put(final PutWebhook put, final long position)
    {
        if (put.url() == null)
        {
            byId.remove(put.webhookId());
            return put;
        }
        final WebhookState old = byId.get(put.webhookId());
        byId.put(put.webhookId(), new WebhookState(put.webhookId(), put.url(), put.types(), put.secret(),
            old == null ? position : old.registeredAt(), old == null ? position : old.deliveredThrough()));
        return put;
    }

    WebhookDelivered delivered(final WebhookDelivered delivered)
    {
        byId.computeIfPresent(delivered.webhookId(), (id, w) -> new WebhookState(w.id(), w.url(), w.types(), w.secret(),
            w.registeredAt(), Math.max(w.deliveredThrough(), delivered.through())));
        return delivered;
    }

    void put(final WebhookState webhook)
    {
        byId.put(webhook.id(), webhook);
    }
}
