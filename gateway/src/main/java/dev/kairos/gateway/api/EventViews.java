package dev.kairos.gateway.api;

import dev.kairos.solver.sla.SlaEventKind;
import dev.kairos.solver.sla.SlaMoment;
import dev.kairos.solver.state.TicketEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.kairos.gateway.api.Views.time;

/**
 * A ticket's timeline as {@code {"events":[{"type":..., "at":..., "position":..., ...fields}]}}:
 * every event carries its type, engine time and journal position, then what it concerns.
 */
final class EventViews
{
    private EventViews()
    {
    }

    record Timeline(String ticketId, List<Map<String, Object>> events)
    {
    }

    /** Who caused an event when no request did: SLA firings, dispatch, the optimiser. */
    static final String ENGINE = "kairos";

    /** Each event with {@code by}: the id of the API key whose request caused it, or {@value #ENGINE}. */
    static Timeline of(final dev.kairos.solver.state.TicketTimeline timeline)
    {
        final List<Map<String, Object>> views = new ArrayList<>(timeline.events().size());
        for (int i = 0; i < timeline.events().size(); i++)
        {
            final Map<String, Object> view = event(timeline.events().get(i));
            final String by = timeline.by().get(i);
            view.put("by", by == null ? ENGINE : by);
            views.add(view);
        }
        return new Timeline(timeline.id(), views);
    }

    private static Map<String, Object> event(final TicketEvent event)
    {
        final Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", event.type());
        switch (event)
        {
            case TicketEvent.Created e -> view.put("policy", e.policyId());
            case TicketEvent.Updated e ->
            {
            }
            case TicketEvent.StatusChanged e ->
            {
                view.put("status", e.status());
                putIfSet(view, "engineerId", e.engineerId());
            }
            case TicketEvent.Cancelled e -> putIfSet(view, "reason", e.reason());
            case TicketEvent.Assigned e -> view.put("engineerId", e.engineerId());
            case TicketEvent.Unassigned e -> view.put("engineerId", e.engineerId());
            case TicketEvent.Dispatched e -> view.put("engineerId", e.engineerId());
            case TicketEvent.SlaFired e -> sla(view, e);
        }
        view.put("at", time(event.at()));
        view.put("position", event.position());
        return view;
    }

    private static void sla(final Map<String, Object> view, final TicketEvent.SlaFired event)
    {
        final SlaMoment moment = event.moment();
        view.put("clock", moment.clock().wireName());
        if (moment.kind() == SlaEventKind.WARNING)
        {
            view.put("percent", moment.index());
        }
        if (moment.kind() == SlaEventKind.ESCALATION)
        {
            view.put("step", SlaViews.stepNumber(moment.index()));
            view.put("action", event.action());
            putIfSet(view, "to", event.to());
            view.put("occurrence", moment.occurrence() + 1);
            view.put("missed", moment.missed());
            putIfSet(view, "priority", event.priority());
            putIfSet(view, "engineerId", event.engineerId());
        }
        view.put("dueAt", time(moment.dueAt()));
    }

    private static void putIfSet(final Map<String, Object> view, final String name, final Object value)
    {
        if (value != null)
        {
            view.put(name, value);
        }
    }
}
