package dev.kairos.gateway.api;

import dev.kairos.gateway.http.Exchange;
import dev.kairos.gateway.http.Exchange.Reply;
import dev.kairos.gateway.http.Json;
import dev.kairos.gateway.http.Problem;
import dev.kairos.gateway.http.Router;
import dev.kairos.solver.command.CancelTicket;
import dev.kairos.solver.command.PinTicket;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.state.Depot;
import dev.kairos.solver.state.Engineer;
import io.netty.handler.codec.http.HttpMethod;

import java.util.Map;
import java.util.function.Function;

import static dev.kairos.gateway.http.Router.anyRole;
import static dev.kairos.gateway.http.Router.writers;

/** The /v1 routes of tickets, engineers and depots, and the public health check. */
public final class Routes
{
    private Routes()
    {
    }

    public static Router register(final Router router, final Advice advice)
    {
        AdviceRoutes.register(router, advice);
        dev.kairos.gateway.docs.DocsRoutes.register(router);
        router.add(HttpMethod.GET, "/health", java.util.Set.of(), Routes::health);
        dev.kairos.gateway.console.ConsoleRoutes.register(router);
        router.add(HttpMethod.GET, "/metrics", anyRole(), exchange ->
            exchange.replyText("text/plain; version=0.0.4; charset=utf-8", exchange.metrics().scrape()));

        router.add(HttpMethod.POST, "/v1/tickets", writers(), exchange -> exchange.submit(
            TicketDecoder.create(Json.read(exchange.body()), exchange.receivedAt(), exchange.apiKey(), exchange.locations()), PlannedTicket::detail,
            created(Routes::ticket)));
        router.add(HttpMethod.GET, "/v1/tickets/{id}", anyRole(), exchange ->
        {
            final String id = exchange.id("id");
            exchange.query(state -> PlannedTicket.of(state, state.ticket(id), exchange.receivedAt()), found("ticket", id, Views::ticket));
        });
        router.add(HttpMethod.PATCH, "/v1/tickets/{id}", writers(), exchange -> exchange.submit(
            new dev.kairos.solver.command.UpdateTicket(
                exchange.receivedAt(), exchange.id("id"), TicketDecoder.patch(Json.read(exchange.body()), exchange.locations())),
            PlannedTicket::detail, ok(Routes::ticket)));
        router.add(HttpMethod.DELETE, "/v1/tickets/{id}", writers(), exchange -> exchange.submit(
            new CancelTicket(exchange.receivedAt(), exchange.id("id"), null), PlannedTicket::detail, ok(Routes::ticket)));

        ProgressRoutes.register(router);
        ListRoutes.register(router);
        router.add(HttpMethod.PUT, "/v1/tickets/{id}/pin", writers(), exchange -> exchange.submit(
            new PinTicket(exchange.receivedAt(), exchange.id("id"), pinTarget(exchange)), PlannedTicket::detail, ok(Routes::ticket)));
        router.add(HttpMethod.DELETE, "/v1/tickets/{id}/pin", writers(), exchange -> exchange.submit(
            new PinTicket(exchange.receivedAt(), exchange.id("id"), null), PlannedTicket::detail, ok(Routes::ticket)));
        SlaRoutes.register(router);
        KeyRoutes.register(router);

        router.add(HttpMethod.PUT, "/v1/engineers/{id}", writers(), exchange -> exchange.submit(
            EngineerDecoder.put(exchange.id("id"), Json.read(exchange.body()), exchange.receivedAt(), exchange.locations()),
            created(Routes::engineer)));
        router.add(HttpMethod.GET, "/v1/engineers/{id}", anyRole(), exchange ->
        {
            final String id = exchange.id("id");
            exchange.query(state -> state.engineer(id), found("engineer", id, Views::engineer));
        });
        router.add(HttpMethod.GET, "/v1/engineers/{id}/route", anyRole(), exchange ->
        {
            final String id = exchange.id("id");
            final dev.kairos.solver.state.ApiKey key = exchange.apiKey();
            exchange.query(state -> state.engineer(id) == null ? null :
                PlanViews.route(state, state.engineer(id), RegionScope.shown(key, state)), found("engineer", id, view -> view));
        });
        router.add(HttpMethod.GET, "/v1/kpis", anyRole(), exchange ->
        {
            final java.time.ZoneId zone = reportZone(exchange.queryParam("zone"));
            final long asOf = exchange.receivedAt();
            final dev.kairos.solver.state.ApiKey key = exchange.apiKey();
            exchange.query(state -> dev.kairos.solver.kpi.Kpis.of(state, asOf, zone, RegionScope.shown(key, state)),
                kpis -> Reply.of(200, kpis));
        });
        router.add(HttpMethod.GET, "/v1/plan", anyRole(), exchange ->
        {
            final dev.kairos.solver.state.ApiKey key = exchange.apiKey();
            exchange.query(state -> PlanViews.plan(state, RegionScope.shown(key, state)), view -> Reply.of(200, view));
        });
        router.add(HttpMethod.POST, "/v1/engineers/{id}/location", writers(), exchange -> exchange.submit(
            EngineerDecoder.location(exchange.id("id"), exchange.body(), exchange.receivedAt(), exchange.locations()),
            applied -> Reply.of(202, new Json.Position(applied.position()))));
        router.add(HttpMethod.POST, "/v1/engineers/{id}/status", writers(), exchange -> exchange.submit(
            EngineerDecoder.status(exchange.id("id"), Json.read(exchange.body()), exchange.receivedAt()),
            ok(Routes::engineer)));

        router.add(HttpMethod.PUT, "/v1/depots/{id}", writers(), exchange -> exchange.submit(
            EngineerDecoder.depot(exchange.id("id"), Json.read(exchange.body()), exchange.receivedAt(), exchange.locations()),
            created(applied -> Views.depot((Depot)applied.entity()))));
        router.add(HttpMethod.GET, "/v1/depots/{id}", anyRole(), StockRoutes::depot);
        return StockRoutes.register(router);
    }

    /** The zone whose midnight starts "today" for daily KPIs; UTC unless the caller names one. */
    private static java.time.ZoneId reportZone(final String zone)
    {
        try
        {
            return zone == null ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(zone);
        }
        catch (final java.time.DateTimeException ex)
        {
            throw new dev.kairos.gateway.http.ProblemException(Problem.validation(java.util.List.of(
                new dev.kairos.gateway.http.FieldError("zone", zone, "must be a time zone such as Europe/London"))));
        }
    }

    private static String pinTarget(final Exchange exchange)
    {
        final Fields fields = Fields.of(Json.read(exchange.body()), java.util.Set.of("engineerId"));
        final String engineerId = fields.text("engineerId", true, 64);
        fields.throwIfInvalid();
        return dev.kairos.gateway.http.Ids.check("engineerId", engineerId);
    }

    private static void health(final Exchange exchange)
    {
        exchange.reply(200, Map.of(
            "status", "UP", "position", exchange.engine().position(), "inboxDepth", exchange.engine().inboxDepth()));
    }

    private static Object ticket(final Outcome.Applied applied)
    {
        return Views.ticket((PlannedTicket)applied.entity());
    }

    private static Object engineer(final Outcome.Applied applied)
    {
        return Views.engineer((Engineer)applied.entity());
    }

    /** 201 when the command brought the entity into being, 200 when it replaced one. */
    private static Function<Outcome.Applied, Reply> created(final Function<Outcome.Applied, Object> view)
    {
        return applied -> Reply.of(applied.created() ? 201 : 200, view.apply(applied));
    }

    private static Function<Outcome.Applied, Reply> ok(final Function<Outcome.Applied, Object> view)
    {
        return applied -> Reply.of(200, view.apply(applied));
    }

    private static <T> Function<T, Reply> found(final String kind, final String id, final Function<T, Object> view)
    {
        return entity -> entity == null ? Reply.of(Problem.notFound("no " + kind + " " + id)) : Reply.of(200, view.apply(entity));
    }
}
