package dev.kairos.gateway.push;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stream's sessions: every one connected, and those subscribed. The tail wakes the subscribed
 * after publishing; each drains on its own event loop, so waking is one flag and at most one queued
 * task per session, and never waits. Any thread.
 */
final class StreamHub
{
    private final Set<StreamSession> connected = ConcurrentHashMap.newKeySet();
    private final Set<StreamSession> subscribed = ConcurrentHashMap.newKeySet();

    void connected(final StreamSession session)
    {
        connected.add(session);
    }

    void subscribed(final StreamSession session)
    {
        subscribed.add(session);
    }

    void gone(final StreamSession session)
    {
        subscribed.remove(session);
        connected.remove(session);
    }

    /** Sessions connected (subscribed or not). */
    int size()
    {
        return connected.size();
    }

    /** Whether any session is subscribed: the tail then renders events for them as it maps them. */
    boolean listening()
    {
        return !subscribed.isEmpty();
    }

    /** Tail thread: new events are in the ring. */
    void published()
    {
        for (final StreamSession session : subscribed)
        {
            session.wake();
        }
    }

    /** Closes every session with this code and reason, each on its event loop. */
    void closeAll(final int code, final String reason)
    {
        for (final StreamSession session : connected)
        {
            session.closeLater(code, reason);
        }
    }
}
