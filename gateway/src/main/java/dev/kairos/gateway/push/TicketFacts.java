package dev.kairos.gateway.push;

import dev.kairos.solver.domain.TicketStatus;

/** What the event mapper remembers of a ticket: its status and region. Owned by the mapper's thread. */
final class TicketFacts
{
    TicketStatus status;
    String region;

    TicketFacts(final TicketStatus status, final String region)
    {
        this.status = status;
        this.region = region;
    }
}
