package dev.kairos.gateway.push;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A webhook as the journal has it: where events go, which types (names or families), the signing
 * secret, the position of its registration and the last position its receiver acknowledged.
 * Immutable; any thread.
 */
record Webhook(String id, String url, List<String> types, String secret, long registeredAt, long deliveredThrough)
{
    Webhook
    {
        types = List.copyOf(types);
    }

    Set<EventType> eventTypes()
    {
        final Set<EventType> set = EnumSet.noneOf(EventType.class);
        for (final String name : types)
        {
            set.addAll(Subscription.typesNamed(name));
        }
        return set;
    }

    Webhook delivered(final long through)
    {
        return new Webhook(id, url, types, secret, registeredAt, Math.max(deliveredThrough, through));
    }

    /** Where delivery resumes: after what the receiver acknowledged, never before the registration. */
    long resumeAfter()
    {
        return Math.max(registeredAt, deliveredThrough);
    }
}
