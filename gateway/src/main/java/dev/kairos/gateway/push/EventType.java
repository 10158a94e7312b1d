package dev.kairos.gateway.push;

import java.util.HashMap;
import java.util.Map;

/** The event types of DESIGN.md's vocabulary, with the names the stream and webhooks use. */
enum EventType
{
    TICKET_CREATED("ticket.created"),
    TICKET_UPDATED("ticket.updated"),
    TICKET_STATUS("ticket.status"),
    TICKET_CANCELLED("ticket.cancelled"),
    PLAN_ASSIGNED("plan.assigned"),
    PLAN_UNASSIGNED("plan.unassigned"),
    PLAN_DISPATCHED("plan.dispatched"),
    PLAN_CHANGED("plan.changed"),
    ENGINEER_UPDATED("engineer.updated"),
    ENGINEER_LOCATION("engineer.location"),
    ENGINEER_STATUS("engineer.status"),
    STOCK_CHANGED("stock.changed"),
    STOCK_RESERVED("stock.reserved"),
    STOCK_RELEASED("stock.released"),
    STOCK_OUT("stock.out"),
    SLA_WARNING("sla.warning"),
    SLA_BREACHED("sla.breached"),
    SLA_ESCALATED("sla.escalated"),
    WEBHOOK_FAILED("webhook.failed");

    private static final Map<String, EventType> BY_NAME = new HashMap<>();

    static
    {
        for (final EventType type : values())
        {
            BY_NAME.put(type.wireName, type);
        }
    }

    private final String wireName;

    EventType(final String wireName)
    {
        this.wireName = wireName;
    }

    String wireName()
    {
        return wireName;
    }

    /** The type with this name, or null. */
    static EventType named(final String name)
    {
        return BY_NAME.get(name);
    }
}
