package dev.kairos.gateway.push;

import dev.kairos.solver.domain.Priority;
import dev.kairos.solver.domain.TicketStatus;

/** What the event mapper remembers of a ticket: status, region and priority. Owned by the mapper's thread. */
final class TicketFacts
{
    TicketStatus status;
    String region;
    Priority priority;

    TicketFacts(final TicketStatus status, final String region, final Priority priority)
    {
        this.status = status;
        this.region = region;
        this.priority = priority;
    }
}
