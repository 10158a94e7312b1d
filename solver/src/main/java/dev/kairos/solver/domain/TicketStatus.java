package dev.kairos.solver.domain;

/** Where a ticket is in its life; names follow DESIGN.md's vocabulary. */
public enum TicketStatus
{
    NEW, PLANNED, DISPATCHED, ACCEPTED, EN_ROUTE, ON_SITE, WAITING_CUSTOMER, WAITING_PARTS, COMPLETED, CANCELLED;

    public boolean isClosed()
    {
        return this == COMPLETED || this == CANCELLED;
    }
}
