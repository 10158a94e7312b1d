package dev.kairos.gateway.api;

import dev.kairos.gateway.http.Exchange;
import dev.kairos.gateway.http.Exchange.Reply;
import dev.kairos.gateway.http.Json;
import dev.kairos.gateway.http.Problem;
import dev.kairos.gateway.http.Router;
import dev.kairos.solver.command.ChangeEngineerStatus;
import dev.kairos.solver.command.RestockDepot;
import dev.kairos.solver.command.SetVanStock;
import dev.kairos.solver.command.TransferStock;
import dev.kairos.solver.domain.EngineerStatus;
import dev.kairos.solver.state.Engineer;
import io.netty.handler.codec.http.HttpMethod;

import java.util.Set;
import java.util.SortedMap;

import static dev.kairos.gateway.http.Router.anyRole;
import static dev.kairos.gateway.http.Router.writers;

/**
 * Parts and shifts: an engineer's van stock (read, stock-take, transfer to or from a depot), a
 * depot's stock with what is reserved there and deliveries to it, and shift start and end.
 */
public final class StockRoutes
{
    /** Which way a transfer goes. */
    enum Direction
    {
        TO_VAN, TO_DEPOT
    }

    private StockRoutes()
    {
    }

    public static Router register(final Router router)
    {
        router.add(HttpMethod.GET, "/v1/engineers/{id}/stock", anyRole(), exchange ->
        {
            final String id = exchange.id("id");
            exchange.query(state -> state.engineer(id) == null ? null : StockViews.van(state, state.engineer(id)),
                found("engineer", id));
        });
        router.add(HttpMethod.PUT, "/v1/engineers/{id}/stock", writers(), exchange ->
        {
            final Fields fields = Fields.of(Json.read(exchange.body()), Set.of("stock"));
            if (!fields.has("stock"))
            {
                fields.error("stock", null, "is required: the van's parts by sku");
            }
            final SortedMap<String, Integer> stock = Lists.quantities(fields, "stock", 0);
            fields.throwIfInvalid();
            exchange.submit(new SetVanStock(exchange.receivedAt(), exchange.id("id"), stock),
                (state, entity) -> StockViews.van(state, (Engineer)entity), applied -> Reply.of(200, applied.entity()));
        });
        router.add(HttpMethod.POST, "/v1/engineers/{id}/stock/transfer", writers(), exchange ->
        {
            final Fields fields = Fields.of(Json.read(exchange.body()), Set.of("depotId", "parts", "direction"));
            final String depotId = fields.text("depotId", true, 64);
            if (!fields.has("parts"))
            {
                fields.error("parts", null, "is required: the parts to move by sku");
            }
            final SortedMap<String, Integer> parts = Lists.quantities(fields, "parts", 1);
            final Direction direction = fields.has("direction") ? fields.enumeration("direction", Direction.class, true) : Direction.TO_VAN;
            fields.throwIfInvalid();
            exchange.submit(new TransferStock(exchange.receivedAt(), exchange.id("id"), depotId, parts, direction == Direction.TO_VAN),
                (state, entity) -> StockViews.van(state, (Engineer)entity), applied -> Reply.of(200, applied.entity()));
        });
        router.add(HttpMethod.POST, "/v1/depots/{id}/restock", writers(), exchange ->
        {
            final Fields fields = Fields.of(Json.read(exchange.body()), Set.of("parts"));
            if (!fields.has("parts"))
            {
                fields.error("parts", null, "is required: the delivered parts by sku");
            }
            final SortedMap<String, Integer> parts = Lists.quantities(fields, "parts", 1);
            fields.throwIfInvalid();
            exchange.submit(new RestockDepot(exchange.receivedAt(), exchange.id("id"), parts),
                (state, entity) -> StockViews.depot(state, (dev.kairos.solver.state.Depot)entity), applied -> Reply.of(200, applied.entity()));
        });
        shift(router, "start", EngineerStatus.AVAILABLE);
        shift(router, "end", EngineerStatus.OFF_SHIFT);
        return router;
    }

    /** GET /v1/depots/{id}: the depot with on hand, reserved and available per sku. */
    static void depot(final Exchange exchange)
    {
        final String id = exchange.id("id");
        exchange.query(state -> state.depot(id) == null ? null : StockViews.depot(state, state.depot(id)), found("depot", id));
    }

    private static void shift(final Router router, final String name, final EngineerStatus status)
    {
        router.add(HttpMethod.POST, "/v1/engineers/{id}/shift/" + name, writers(), exchange ->
        {
            Json.readOptional(exchange.body());
            exchange.submit(new ChangeEngineerStatus(exchange.receivedAt(), exchange.id("id"), status),
                applied -> Reply.of(200, Views.engineer((Engineer)applied.entity())));
        });
    }

    private static <T> java.util.function.Function<T, Reply> found(final String kind, final String id)
    {
        return view -> view == null ? Reply.of(Problem.notFound("no " + kind + " " + id)) : Reply.of(200, view);
    }
}
