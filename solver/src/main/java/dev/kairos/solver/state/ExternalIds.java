package dev.kairos.solver.state;

import java.util.HashMap;
import java.util.Map;

/**
 * Which ticket holds each (source, externalId): a ticketing system's id is unique per source, so a
 * resent ticket is found instead of opened twice. Derived from the tickets (both fields never
 * change once a ticket exists), so it is neither journaled nor digested. Engine thread only.
 */
final class ExternalIds
{
    private final Map<String, String> ticketIds = new HashMap<>();

    /** The first ticket with a key keeps it: journals from before the rule may hold repeats. */
    void note(final Ticket ticket)
    {
        final String externalId = ticket.spec().externalId();
        if (externalId != null)
        {
            ticketIds.putIfAbsent(key(ticket.spec().source(), externalId), ticket.id());
        }
    }

    String find(final String source, final String externalId)
    {
        return ticketIds.get(key(source, externalId));
    }

    private static String key(final String source, final String externalId)
    {
        return (source == null ? "" : source) + '\u0000' + externalId;
    }
}
