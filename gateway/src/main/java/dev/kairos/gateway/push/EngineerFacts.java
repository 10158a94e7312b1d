package dev.kairos.gateway.push;

import dev.kairos.solver.domain.EngineerStatus;

import java.util.SortedMap;

/**
 * What the event mapper remembers of an engineer: status, when their location was measured (an
 * older ping does not move them), and van stock. Owned by the mapper's thread.
 */
final class EngineerFacts
{
    EngineerStatus status;
    long locationAt;
    SortedMap<String, Integer> stock;

    EngineerFacts(final EngineerStatus status, final long locationAt, final SortedMap<String, Integer> stock)
    {
        this.status = status;
        this.locationAt = locationAt;
        this.stock = stock;
    }
}
