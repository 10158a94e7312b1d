package dev.kairos.gateway.push;

import dev.kairos.solver.domain.Role;
import dev.kairos.solver.state.ApiKey;

/**
 * What a stream's key may receive, whatever it subscribes to: an ENGINEER key only events about
 * its own engineer (its tickets' assignments, dispatches and steps carry it); a region-scoped key
 * only ticket events in its regions (engineer events have no region, and pass). A
 * {@code webhook.failed} event goes only to keys that may manage webhooks (admin, integration):
 * the others may not see webhooks at all.
 */
record StreamScope(String engineerId, ApiKey key)
{
    static final StreamScope ALL = new StreamScope(null, null);

    static StreamScope of(final ApiKey key)
    {
        return key == null ? ALL : new StreamScope(key.role() == Role.ENGINEER ? key.engineerId() : null, key);
    }

    boolean sees(final Event event)
    {
        if (key == null)
        {
            return true;
        }
        if (event.type() == EventType.WEBHOOK_FAILED)
        {
            return key.role() == Role.ADMIN || key.role() == Role.INTEGRATION;
        }
        if (key.role() == Role.ENGINEER && (engineerId == null
            || !engineerId.equals(event.engineerId()) && !engineerId.equals(event.previousEngineerId())))
        {
            return false;
        }
        return event.ticketId() == null || key.seesRegion(event.region());
    }
}
