package dev.kairos.gateway.docs;

import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published OpenAPI document agrees with the router both ways, is public with /docs, and real
 * responses of the main routes satisfy its schemas.
 */
class OpenApiIT
{
    /** Served before routing (the WebSocket upgrade), so not in the router, but documented. */
    private static final List<String> OUTSIDE_ROUTER = List.of("GET /v1/stream");

    @TempDir
    static Path data;
    private static TestServer server;
    private static Api api;
    private static Api anonymous;
    private static Conformance conformance;

    @BeforeAll
    static void start() throws Exception
    {
        server = new TestServer(data);
        api = server.api();
        anonymous = new Api(server.server().url(), null);
        final Api.Response document = anonymous.get("/openapi.json");
        assertThat(document.status()).isEqualTo(200);
        conformance = new Conformance(document.raw().body());
    }

    @AfterAll
    static void stop()
    {
        server.close();
    }

    @Test
    void shouldDocumentEveryRouteAndServeEveryDocumentedOne()
    {
        final TreeSet<String> served = new TreeSet<>(OUTSIDE_ROUTER);
        server.server().routes().forEach(route -> served.add(route.method().name() + " " + route.template()));
        final TreeSet<String> documented = new TreeSet<>(OpenApi.load().operations());

        final List<String> problems = new ArrayList<>();
        for (final String route : served)
        {
            if (!documented.contains(route))
            {
                problems.add("route " + route + " is served but missing from the OpenAPI document "
                    + "(add it under paths in gateway/src/main/resources/openapi/)");
            }
        }
        for (final String operation : documented)
        {
            if (!served.contains(operation))
            {
                problems.add("the OpenAPI document has " + operation + ", which the server does not serve");
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void shouldPublishTheDocumentAndItsPageWithoutAKey() throws Exception
    {
        final Api.Response document = anonymous.get("/openapi.json");
        assertThat(document.contentType()).startsWith("application/json");
        assertThat(document.text("openapi")).isEqualTo("3.1.0");
        assertThat(document.body().at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(document.body().at("/paths/~1v1~1tickets/post/responses/400/$ref").asText()).isEqualTo("#/components/responses/Invalid");

        final Api.Response page = anonymous.get("/docs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.raw().body()).contains("/docs/swagger-ui-bundle.js").contains("/openapi.json");
        for (final String file : DocsRoutes.FILES.keySet())
        {
            final Api.Response served = anonymous.get("/docs/" + file);
            assertThat(served.status()).as(file).isEqualTo(200);
            assertThat(served.raw().body()).as(file).isNotEmpty();
        }
        assertThat(anonymous.get("/docs/swagger-ui-bundle.js").raw().body()).contains("SwaggerUIBundle");
        assertThat(anonymous.get("/docs/oauth2-redirect.html").status()).isEqualTo(404);
        final Api.Response traversal = anonymous.get("/docs/..%2F..%2Fpom.properties");
        assertThat(traversal.status()).as("no route: refused before routing, like any unknown path without a key").isEqualTo(401);
        assertThat(traversal.contentType()).isEqualTo("application/problem+json");
        assertThat(anonymous.get("/v1/plan").status()).as("the API itself still needs a key").isEqualTo(401);
    }

    @Test
    void shouldAnswerTheMainRoutesAsTheDocumentSays() throws Exception
    {
        check("GET", "/health", null);
        check("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada"));
        check("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada Lovelace"));
        check("PUT", "/v1/depots/D-1", "{\"location\":{\"lat\":51.5,\"lon\":-0.1},\"stock\":{\"filter\":5}}");
        check("POST", "/v1/tickets", Bodies.ticket("planned"));
        check("POST", "/v1/tickets", Bodies.ticket("unplaceable").replace("hvac", "plumbing"));
        check("GET", "/v1/tickets/T-1", null);
        check("GET", "/v1/tickets?status=PLANNED,NEW&limit=1", null);
        check("PATCH", "/v1/tickets/T-1", "{\"title\":\"renamed\"}");
        check("GET", "/v1/tickets/T-1/events", null);
        check("GET", "/v1/engineers/E-1", null);
        check("GET", "/v1/engineers", null);
        check("GET", "/v1/engineers/E-1/route", null);
        check("POST", "/v1/engineers/E-1/location", "{\"lat\":51.52,\"lon\":-0.11}");
        check("POST", "/v1/engineers/E-1/status", "{\"status\":\"ON_BREAK\"}");
        check("GET", "/v1/depots/D-1", null);
        check("GET", "/v1/plan", null);
        check("GET", "/v1/kpis", null);
        check("GET", "/v1/kpis?zone=Europe/London", null);
        check("GET", "/v1/sla/at-risk?within=PT12H", null);
        check("GET", "/v1/sla-policies", null);
        check("GET", "/v1/sla-policies/default-p1", null);
        check("GET", "/v1/calendars", null);
        check("DELETE", "/v1/tickets/T-2", null);
        check("POST", "/v1/api-keys", "{\"name\":\"van 7\",\"role\":\"ENGINEER\",\"engineerId\":\"E-1\"}");
        check("GET", "/v1/api-keys", null);
        // Problems: each documented with application/problem+json and the Problem schema.
        check("POST", "/v1/tickets", "{\"title\":1,\"priority\":\"P9\"}");
        check("GET", "/v1/tickets/T-404", null);
        check("DELETE", "/v1/tickets/T-2", null);
        check("POST", "/v1/tickets/T-1/complete", "{\"report\":\"done\"}");
        check("GET", "/v1/kpis?zone=Mars/Olympus", null);
        final Api.Response unauthorized = anonymous.get("/v1/plan");
        conformance.check("GET", "/v1/plan", unauthorized);
    }

    @Test
    void shouldRejectABodyThatBreaksTheSchema() throws Exception
    {
        final Api.Response good = api.send("PUT", "/v1/engineers/E-9", Bodies.engineer("Grace"));
        conformance.check("PUT", "/v1/engineers/E-9", good);
        final com.fasterxml.jackson.databind.node.ObjectNode broken = good.body().deepCopy();
        broken.put("status", "ASLEEP");
        final Api.Response bad = new Api.Response(good.status(), good.contentType(), broken, good.raw());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> conformance.check("PUT", "/v1/engineers/E-9", bad))
            .isInstanceOf(AssertionError.class).hasMessageContaining("status");
        final Api.Response undocumented = new Api.Response(418, good.contentType(), good.body(), good.raw());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> conformance.check("PUT", "/v1/engineers/E-9", undocumented))
            .isInstanceOf(AssertionError.class).hasMessageContaining("418");
    }

    private static void check(final String method, final String path, final String body) throws Exception
    {
        final Api.Response response = api.send(method, path, body);
        assertThat(response.status()).as("%s %s answered %s", method, path, response.raw().body()).isLessThan(500);
        conformance.check(method, path, response);
    }
}
