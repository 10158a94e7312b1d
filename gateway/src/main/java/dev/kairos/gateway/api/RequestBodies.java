package dev.kairos.gateway.api;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.EngineerSpec;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.PutSlaPolicy;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.command.TicketSpec;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.sla.EscalationStep;
import dev.kairos.solver.sla.PolicySpec;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.kairos.gateway.api.Views.time;

/**
 * Commands as the HTTP requests a client sends for them: the inverse of the decoders, so a client
 * in this JVM (the simulator over HTTP) writes exactly what the API documents, and a round trip
 * through the decoder gives the command back. Bodies are maps and views; write them with
 * {@code Json.writer(format)}, which names a location's fields for the server's area.
 */
public final class RequestBodies
{
    /** One request: method, path from the root, body (null for none) and the query string (empty for none). */
    public record Request(String method, String path, Object body, String query)
    {
    }

    private static final Map<TicketStatus, String> STEPS = Map.of(
        TicketStatus.ACCEPTED, "accept", TicketStatus.EN_ROUTE, "en-route", TicketStatus.ON_SITE, "on-site",
        TicketStatus.WAITING_CUSTOMER, "waiting-customer", TicketStatus.WAITING_PARTS, "waiting-parts",
        TicketStatus.COMPLETED, "complete", TicketStatus.NEW, "resume");

    private RequestBodies()
    {
    }

    /** The request for {@code command}; a command no route takes, or takes only with less, is refused here. */
    public static Request of(final Command command)
    {
        return switch (command)
        {
            case CreateTicket c -> new Request("POST", "/v1/tickets", created(c), "");
            case PutEngineer c -> new Request("PUT", "/v1/engineers/" + c.engineerId(), engineer(c.spec()), "");
            case PutDepot c -> new Request("PUT", "/v1/depots/" + c.depotId(), depot(c), "");
            case PutSlaPolicy c -> new Request("PUT", "/v1/sla-policies/" + c.policyId(), policy(c.spec()),
                c.reapply() ? "reapply=true" : "");
            case PinTicket c -> c.engineerId() == null
                ? new Request("DELETE", "/v1/tickets/" + c.ticketId() + "/pin", null, "")
                : new Request("PUT", "/v1/tickets/" + c.ticketId() + "/pin", Map.of("engineerId", c.engineerId()), "");
            case TicketProgress c -> new Request("POST", "/v1/tickets/" + c.ticketId() + "/" + step(c.to()), progress(c), "");
            default -> throw new IllegalArgumentException("no HTTP request for " + command.getClass().getSimpleName());
        };
    }

    private static Map<String, Object> created(final CreateTicket create)
    {
        final Map<String, Object> body = ticket(create.spec());
        put(body, "engineerId", create.engineerId());
        return body;
    }

    static Map<String, Object> ticket(final TicketSpec spec)
    {
        final Map<String, Object> body = new LinkedHashMap<>();
        put(body, "externalId", spec.externalId());
        put(body, "source", spec.source());
        body.put("title", spec.title());
        body.put("priority", spec.priority());
        put(body, "tier", spec.tier());
        put(body, "region", spec.region());
        body.put("location", spec.location());
        body.put("skills", spec.skills().stream().map(s -> new Views.Requirement(s.name(), s.minLevel())).toList());
        body.put("tools", spec.tools());
        body.put("parts", spec.parts());
        body.put("durationMinutes", spec.durationMinutes());
        put(body, "window", Views.Window.of(spec.window()));
        if (spec.due() != TicketSpec.NO_TIME)
        {
            body.put("due", time(spec.due()));
        }
        return body;
    }

    static Map<String, Object> engineer(final EngineerSpec spec)
    {
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", spec.name());
        body.put("home", spec.home());
        body.put("skills", spec.skills());
        body.put("tools", spec.tools());
        body.put("shift", new Views.ShiftView(time(spec.shift().start()), time(spec.shift().end()),
            spec.shift().breaks().stream().map(Views.Window::of).toList(), spec.shift().maxOvertimeMinutes()));
        body.put("stock", spec.stock());
        if (spec.capacity() != EngineerSpec.NO_CAPACITY)
        {
            body.put("capacity", spec.capacity());
        }
        return body;
    }

    static Map<String, Object> depot(final PutDepot put)
    {
        if (put.counterMillis() % 60_000 != 0)
        {
            throw new IllegalArgumentException("depot " + put.depotId() + ": the API takes counter time in whole minutes, not "
                + put.counterMillis() + " ms");
        }
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("location", put.location());
        body.put("stock", put.stock());
        body.put("tools", put.tools());
        body.put("counterMinutes", put.counterMillis() / 60_000);
        return body;
    }

    static Map<String, Object> policy(final PolicySpec spec)
    {
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", spec.name());
        body.put("match", new SlaViews.MatchView(spec.match().priorities(), spec.match().tiers(), spec.match().regions()));
        body.put("rank", spec.rank());
        body.put("responseTarget", Duration.ofMillis(spec.responseTargetMillis()).toString());
        body.put("responseMilestone", spec.responseMilestone());
        body.put("resolutionTarget", Duration.ofMillis(spec.resolutionTargetMillis()).toString());
        body.put("calendar", spec.calendar());
        body.put("reminders", spec.reminders());
        body.put("pauseOn", spec.pauseOn());
        body.put("escalation", spec.escalation().stream().map(RequestBodies::step).toList());
        body.put("reopen", spec.reopen());
        return body;
    }

    private static Map<String, Object> step(final EscalationStep step)
    {
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("at", step.atBreach() ? "BREACH" : step.percent());
        body.put("clock", step.clock().wireName());
        body.put("delay", Duration.ofMillis(step.delayMillis()).toString());
        body.put("action", step.action());
        if (step.repeats())
        {
            body.put("repeat", Duration.ofMillis(step.repeatMillis()).toString());
        }
        put(body, "to", step.to());
        return body;
    }

    private static Object progress(final TicketProgress progress)
    {
        if (progress.to() == TicketStatus.ON_SITE && progress.location() != null)
        {
            // The check-in's body is the location itself: {lat, lon} or {x, y}.
            return progress.location();
        }
        if (progress.to() == TicketStatus.COMPLETED)
        {
            final Map<String, Object> body = new LinkedHashMap<>();
            put(body, "report", progress.report());
            put(body, "partsUsed", progress.partsUsed());
            return body;
        }
        return null;
    }

    private static String step(final TicketStatus to)
    {
        final String step = STEPS.get(to);
        if (step == null)
        {
            throw new IllegalArgumentException("no HTTP step moves a ticket to " + to);
        }
        return step;
    }

    private static void put(final Map<String, Object> body, final String name, final Object value)
    {
        if (value != null)
        {
            body.put(name, value);
        }
    }

}
