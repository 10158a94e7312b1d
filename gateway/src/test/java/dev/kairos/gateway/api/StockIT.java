package dev.kairos.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Van and depot stock over real HTTP: reservations on dispatch, stock-takes, transfers, deliveries, shifts, bad input. */
class StockIT
{
    @TempDir
    Path data;
    private TestServer server;
    private Api api;

    @BeforeEach
    void start() throws Exception
    {
        server = new TestServer(data);
        api = server.api();
        assertThat(api.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada")).status()).isEqualTo(201);
        assertThat(api.send("PUT", "/v1/depots/D-1", "{\"location\":{\"lat\":51.52,\"lon\":-0.11},\"stock\":{\"filter\":5}}")
            .status()).isEqualTo(201);
    }

    @AfterEach
    void stop()
    {
        server.close();
    }

    @Test
    void shouldReserveOnDispatchAndConsumeWhatTheEngineerUsed() throws Exception
    {
        final String id = api.send("POST", "/v1/tickets", Bodies.ticket("stock")).text("id");
        server.advance(Duration.ofMinutes(31));

        final JsonNode van = api.get("/v1/engineers/E-1/stock").body();
        assertThat(level(van, "filter")).isEqualTo("filter 4 2 2");
        assertThat(van.path("reservations").get(0).path("ticketId").asText()).isEqualTo(id);
        assertThat(van.path("reservations").get(0).path("van").path("filter").asInt()).isEqualTo(2);

        api.send("POST", "/v1/tickets/" + id + "/on-site", null);
        final long position = server.position();
        final Api.Response tooMany = api.send("POST", "/v1/tickets/" + id + "/complete", "{\"partsUsed\":{\"filter\":5}}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        assertThat(tooMany.body().path("errors").get(0).path("field").asText()).isEqualTo("partsUsed.filter");
        assertThat(tooMany.body().path("errors").get(0).path("value").asInt()).isEqualTo(5);
        assertThat(server.position()).isEqualTo(position);

        assertThat(api.send("POST", "/v1/tickets/" + id + "/complete", "{\"partsUsed\":{\"filter\":1}}").status()).isEqualTo(200);
        assertThat(level(api.get("/v1/engineers/E-1/stock").body(), "filter")).as("one used, the other released").isEqualTo("filter 3 0 3");
        final java.util.List<String> stockEvents = new java.util.ArrayList<>();
        for (final JsonNode event : api.get("/v1/tickets/" + id + "/events").body().path("events"))
        {
            if (event.path("type").asText().startsWith("stock."))
            {
                stockEvents.add(event.path("type").asText() + " " + event.path("parts"));
            }
        }
        assertThat(stockEvents).containsExactly(
            "stock.reserved {\"filter\":2}", "stock.changed {\"filter\":1}", "stock.released {\"filter\":2}");
    }

    @Test
    void shouldReReserveWhenADispatchedVisitsPartsArePatched() throws Exception
    {
        final String id = api.send("POST", "/v1/tickets", Bodies.ticket("patched parts")).text("id");
        server.advance(Duration.ofMinutes(31));
        assertThat(level(api.get("/v1/engineers/E-1/stock").body(), "filter")).isEqualTo("filter 4 2 2");

        final Api.Response more = api.send("PATCH", "/v1/tickets/" + id, "{\"parts\":{\"filter\":6}}");
        assertThat(more.status()).as(more.raw().body()).isEqualTo(200);
        assertThat(level(api.get("/v1/engineers/E-1/stock").body(), "filter")).as("the whole van").isEqualTo("filter 4 4 0");
        assertThat(level(api.get("/v1/depots/D-1").body(), "filter")).as("the rest at the depot").isEqualTo("filter 5 2 3");

        assertThat(api.send("PATCH", "/v1/tickets/" + id, "{\"parts\":{\"filter\":1}}").status()).isEqualTo(200);
        assertThat(level(api.get("/v1/engineers/E-1/stock").body(), "filter")).isEqualTo("filter 4 1 3");
        assertThat(level(api.get("/v1/depots/D-1").body(), "filter")).as("the depot share given back").isEqualTo("filter 5 0 5");

        final java.util.List<String> stockEvents = new java.util.ArrayList<>();
        for (final JsonNode event : api.get("/v1/tickets/" + id + "/events").body().path("events"))
        {
            if (event.path("type").asText().startsWith("stock."))
            {
                stockEvents.add(event.path("type").asText() + " " + event.path("parts"));
            }
        }
        assertThat(stockEvents).containsExactly("stock.reserved {\"filter\":2}", "stock.released {\"filter\":2}",
            "stock.reserved {\"filter\":6}", "stock.released {\"filter\":6}", "stock.reserved {\"filter\":1}");

        server.close();
        server = new TestServer(data);
        api = server.api();
        assertThat(level(api.get("/v1/engineers/E-1/stock").body(), "filter")).as("after a restart").isEqualTo("filter 4 1 3");
        assertThat(level(api.get("/v1/depots/D-1").body(), "filter")).isEqualTo("filter 5 0 5");
    }

    @Test
    void shouldPlanAPickUpForWhatTheVanLacksAndReserveItAtThatDepot() throws Exception
    {
        final Api.Response created = api.send("POST", "/v1/tickets",
            Bodies.ticket("pick-up").replace("\"filter\":2", "\"filter\":7"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.text("status")).as(created.raw().body()).isEqualTo("PLANNED");

        final JsonNode planned = api.get("/v1/engineers/E-1/route").body().path("stops").get(0);
        assertThat(planned.path("pickUp").path("depotId").asText()).isEqualTo("D-1");
        assertThat(planned.path("pickUp").path("parts").path("filter").asInt()).isEqualTo(3);

        server.advance(Duration.ofMinutes(31));
        assertThat(level(api.get("/v1/depots/D-1").body(), "filter")).as("reserved where the plan picks up").isEqualTo("filter 5 3 2");
        assertThat(level(api.get("/v1/engineers/E-1/stock").body(), "filter")).isEqualTo("filter 4 4 0");
        final JsonNode dispatched = api.get("/v1/engineers/E-1/route").body().path("stops").get(0);
        assertThat(dispatched.path("pickUp").path("depotId").asText()).isEqualTo("D-1");

        final Api.Response nothing = api.send("POST", "/v1/tickets", Bodies.ticket("no depot").replace("\"filter\":2", "\"valve\":1"));
        assertThat(nothing.text("status")).isEqualTo("NEW");
        assertThat(nothing.text("unassignedReason")).contains("parts");
    }

    @Test
    void shouldRouteAnEngineerLackingATicketsToolThroughADepotThatLendsIt() throws Exception
    {
        final Api.Response lender = api.send("PUT", "/v1/depots/D-1",
            "{\"location\":{\"lat\":51.52,\"lon\":-0.11},\"stock\":{\"filter\":5},\"tools\":[\"torque-wrench\",\"borescope\"]}");
        assertThat(lender.status()).as(lender.raw().body()).isEqualTo(200);
        assertThat(lender.body().path("tools").toString()).isEqualTo("[\"borescope\",\"torque-wrench\"]");
        assertThat(api.get("/v1/depots/D-1").body().path("tools").toString()).isEqualTo("[\"borescope\",\"torque-wrench\"]");

        final Api.Response created = api.send("POST", "/v1/tickets",
            Bodies.ticket("borrow").replace("\"tools\":[\"ladder\"]", "\"tools\":[\"ladder\",\"torque-wrench\"]"));
        assertThat(created.text("status")).as(created.raw().body()).isEqualTo("PLANNED");
        final JsonNode pickUp = api.get("/v1/engineers/E-1/route").body().path("stops").get(0).path("pickUp");
        assertThat(pickUp.path("depotId").asText()).isEqualTo("D-1");
        assertThat(pickUp.path("tools").toString()).as("only what the engineer lacks").isEqualTo("[\"torque-wrench\"]");
        assertThat(pickUp.path("parts").size()).as("the van has the filters").isZero();
        server.advance(Duration.ofMinutes(31));
        assertThat(api.send("POST", "/v1/tickets/" + created.text("id") + "/on-site", null).status()).isEqualTo(200);
        assertThat(api.get("/v1/engineers/E-1").body().path("borrowedTools").toString()).as("in the van since check-in")
            .isEqualTo("[\"torque-wrench\"]");

        final Api.Response nowhere = api.send("POST", "/v1/tickets",
            Bodies.ticket("no lender").replace("\"tools\":[\"ladder\"]", "\"tools\":[\"crane\"]"));
        assertThat(nowhere.text("status")).isEqualTo("NEW");
        assertThat(nowhere.text("unassignedReason")).isEqualTo("no engineer has the required skills and tools");
        assertField(api.send("PUT", "/v1/depots/D-2", "{\"location\":{\"lat\":51.5,\"lon\":-0.1},\"tools\":[\"\"]}"),
            "tools[0]", "");
    }

    @Test
    void shouldMoveStockBetweenDepotAndVanAndTakeDeliveries() throws Exception
    {
        final Api.Response moved = api.send("POST", "/v1/engineers/E-1/stock/transfer",
            "{\"depotId\":\"D-1\",\"parts\":{\"filter\":3}}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(level(moved.body(), "filter")).isEqualTo("filter 7 0 7");
        assertThat(level(api.get("/v1/depots/D-1").body(), "filter")).isEqualTo("filter 2 0 2");

        assertThat(api.send("POST", "/v1/engineers/E-1/stock/transfer",
            "{\"depotId\":\"D-1\",\"parts\":{\"fuse\":1},\"direction\":\"TO_DEPOT\"}").status()).isEqualTo(200);
        final Api.Response delivered = api.send("POST", "/v1/depots/D-1/restock", "{\"parts\":{\"filter\":10}}");
        assertThat(level(delivered.body(), "filter")).isEqualTo("filter 12 0 12");
        assertThat(level(delivered.body(), "fuse")).isEqualTo("fuse 1 0 1");

        final Api.Response counted = api.send("PUT", "/v1/engineers/E-1/stock", "{\"stock\":{\"filter\":1,\"valve\":2}}");
        assertThat(counted.status()).isEqualTo(200);
        assertThat(api.get("/v1/engineers/E-1").body().path("stock").toString()).isEqualTo("{\"filter\":1,\"valve\":2}");
    }

    @Test
    void shouldRefuseBadStockInputNamingTheFieldAndJournalNothing() throws Exception
    {
        final String id = api.send("POST", "/v1/tickets", Bodies.ticket("stock")).text("id");
        server.advance(Duration.ofMinutes(31));
        assertThat(api.get("/v1/tickets/" + id).text("status")).isEqualTo("DISPATCHED");
        final long position = server.position();

        assertField(api.send("PUT", "/v1/engineers/E-1/stock", "{\"stock\":{\"filter\":1}}"), "stock.filter", "1");
        assertField(api.send("PUT", "/v1/engineers/E-1/stock", "{\"stock\":{\"filter\":-3}}"), "stock.filter", "-3");
        assertField(api.send("POST", "/v1/engineers/E-1/stock/transfer", "{\"depotId\":\"D-1\",\"parts\":{\"filter\":6}}"),
            "parts.filter", "6");
        assertField(api.send("POST", "/v1/engineers/E-1/stock/transfer", "{\"depotId\":\"D-9\",\"parts\":{\"filter\":1}}"),
            "depotId", "D-9");
        assertField(api.send("POST", "/v1/engineers/E-1/stock/transfer",
            "{\"depotId\":\"D-1\",\"parts\":{\"valve\":1},\"direction\":\"TO_DEPOT\"}"), "parts.valve", "1");
        assertField(api.send("POST", "/v1/depots/D-1/restock", "{\"parts\":{\"filter\":0}}"), "parts.filter", "0");
        assertThat(api.send("POST", "/v1/depots/D-9/restock", "{\"parts\":{\"filter\":1}}").status()).isEqualTo(404);
        assertThat(api.get("/v1/engineers/E-9/stock").status()).isEqualTo(404);
        assertThat(server.position()).isEqualTo(position);
    }

    @Test
    void shouldStartAndEndShifts() throws Exception
    {
        final Api.Response ended = api.send("POST", "/v1/engineers/E-1/shift/end", null);
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.text("status")).isEqualTo("OFF_SHIFT");
        final long position = server.position();

        assertThat(api.send("POST", "/v1/engineers/E-1/shift/start", null).text("status")).isEqualTo("AVAILABLE");
        assertThat(server.position()).as("journaled").isEqualTo(position + 1);
        assertThat(api.send("POST", "/v1/engineers/E-9/shift/start", null).status()).isEqualTo(404);
    }

    @Test
    void shouldLetAnEngineerSeeAndMoveOnlyItsOwnStock() throws Exception
    {
        assertThat(api.send("PUT", "/v1/engineers/E-2", Bodies.engineer("Bo")).status()).isEqualTo(201);
        final String key = api.send("POST", "/v1/api-keys", "{\"name\":\"van 1\",\"role\":\"ENGINEER\",\"engineerId\":\"E-1\"}")
            .text("key");

        assertThat(api.send("GET", "/v1/engineers/E-1/stock", null, key).status()).isEqualTo(200);
        assertThat(api.send("GET", "/v1/engineers/E-2/stock", null, key).status()).isEqualTo(404);
        assertThat(api.send("POST", "/v1/engineers/E-1/stock/transfer", "{\"depotId\":\"D-1\",\"parts\":{\"filter\":1}}", key)
            .status()).isEqualTo(200);
        assertThat(api.send("PUT", "/v1/engineers/E-1/stock", "{\"stock\":{}}", key).status()).isEqualTo(403);
        assertThat(api.send("POST", "/v1/depots/D-1/restock", "{\"parts\":{\"filter\":1}}", key).status()).isEqualTo(403);
    }

    private static void assertField(final Api.Response response, final String field, final String value)
    {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        final JsonNode error = response.body().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo(field);
        assertThat(error.path("value").asText()).isEqualTo(value);
    }

    /** "sku onHand reserved available" from a stock view. */
    private static String level(final JsonNode view, final String sku)
    {
        for (final JsonNode level : view.path("skus"))
        {
            if (level.path("sku").asText().equals(sku))
            {
                return sku + " " + level.path("onHand").asInt() + " " + level.path("reserved").asInt() + " "
                    + level.path("available").asInt();
            }
        }
        return sku + " absent";
    }
}
