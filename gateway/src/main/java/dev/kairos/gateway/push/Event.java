package dev.kairos.gateway.push;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One event as subscribers receive it: {@code json} is the whole message, rendered once by the
 * thread that mapped it and shared by every subscriber; the other fields are what filters look at.
 * {@code previousEngineerId} is the engineer a ticket left, when an event moves it. Immutable, so
 * any thread may read it.
 */
record Event(
    EventType type,
    long position,
    String ticketId,
    String engineerId,
    String previousEngineerId,
    String region,
    byte[] json)
{
    /** The message as text, for logs and tests. */
    String text()
    {
        return new String(json, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(final Object other)
    {
        return other instanceof Event event && Arrays.equals(json, event.json);
    }

    @Override
    public int hashCode()
    {
        return Arrays.hashCode(json);
    }

    @Override
    public String toString()
    {
        return text();
    }
}
