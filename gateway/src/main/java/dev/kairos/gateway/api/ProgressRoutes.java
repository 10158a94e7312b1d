package dev.kairos.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.http.Exchange;
import dev.kairos.gateway.http.Exchange.Reply;
import dev.kairos.gateway.http.Json;
import dev.kairos.gateway.http.Router;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.Stock;
import dev.kairos.solver.domain.TicketStatus;
import io.netty.handler.codec.http.HttpMethod;

import java.util.Set;
import java.util.SortedMap;

import static dev.kairos.gateway.http.Router.writers;

/**
 * The field flow an engineer's device drives: {@code POST /v1/tickets/{id}/accept}, {@code /en-route},
 * {@code /on-site} ({@code {lat, lon}} check-in), {@code /waiting-customer}, {@code /waiting-parts},
 * {@code /complete} ({@code {report, partsUsed}}), and {@code /resume} or {@code /reopen} back to NEW.
 */
final class ProgressRoutes
{
    private ProgressRoutes()
    {
    }

    static void register(final Router router)
    {
        step(router, "accept", TicketStatus.ACCEPTED);
        step(router, "en-route", TicketStatus.EN_ROUTE);
        step(router, "on-site", TicketStatus.ON_SITE);
        step(router, "waiting-customer", TicketStatus.WAITING_CUSTOMER);
        step(router, "waiting-parts", TicketStatus.WAITING_PARTS);
        step(router, "complete", TicketStatus.COMPLETED);
        step(router, "resume", TicketStatus.NEW);
        step(router, "reopen", TicketStatus.NEW);
    }

    private static void step(final Router router, final String name, final TicketStatus to)
    {
        router.add(HttpMethod.POST, "/v1/tickets/{id}/" + name, writers(), exchange -> exchange.submit(
            decode(exchange, to), PlannedTicket::detail, applied -> Reply.of(200, Views.ticket((PlannedTicket)applied.entity()))));
    }

    static TicketProgress decode(final Exchange exchange, final TicketStatus to)
    {
        final JsonNode body = Json.readOptional(exchange.body());
        final Set<String> allowed = switch (to)
        {
            case ON_SITE -> exchange.locations().names();
            case COMPLETED -> Set.of("report", "partsUsed");
            default -> Set.of();
        };
        final Fields fields = Fields.of(body, allowed, exchange.locations());
        Location location = null;
        if (to == TicketStatus.ON_SITE && (fields.has(exchange.locations().first()) || fields.has(exchange.locations().second())))
        {
            location = fields.point();
        }
        String report = null;
        SortedMap<String, Integer> parts = null;
        if (to == TicketStatus.COMPLETED)
        {
            report = fields.has("report") ? fields.text("report", false, 4_000) : null;
            parts = fields.has("partsUsed") ? Lists.quantities(fields, "partsUsed", 1) : Stock.empty();
        }
        fields.throwIfInvalid();
        return new TicketProgress(exchange.receivedAt(), exchange.id("id"), to, location, report, parts);
    }
}
