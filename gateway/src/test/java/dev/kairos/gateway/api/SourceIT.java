package dev.kairos.gateway.api;

import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An externalId is unique per source over real HTTP: a resent ticket is a 409 naming the ticket it
 * already is, with nothing journaled; another source may use the same id; an integration key's
 * name is the source when the body names none; and the list finds a ticket by both.
 */
class SourceIT
{
    @TempDir
    Path data;

    @Test
    void shouldRefuseAResentTicketAndFindItBySourceAndExternalId() throws Exception
    {
        try (TestServer server = new TestServer(data))
        {
            final Api admin = server.api();
            final String body = withSource(Bodies.ticket("boiler"), "crm");
            final String id = admin.send("POST", "/v1/tickets", body).text("id");
            final long position = server.position();

            final Api.Response again = admin.send("POST", "/v1/tickets", body);

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.contentType()).startsWith("application/problem+json");
            assertThat(again.text("detail")).contains("is already ticket " + id).contains("'crm'");
            assertThat(server.position()).isEqualTo(position);

            final Api.Response elsewhere = admin.send("POST", "/v1/tickets", withSource(Bodies.ticket("boiler"), "erp"));
            assertThat(elsewhere.status()).isEqualTo(201);
            assertThat(elsewhere.text("source")).isEqualTo("erp");

            final String externalId = admin.get("/v1/tickets/" + id).text("externalId");
            final Api.Response found = admin.get("/v1/tickets?source=crm&externalId=" + externalId);
            assertThat(found.body().path("items")).hasSize(1);
            assertThat(found.body().path("items").get(0).path("id").asText()).isEqualTo(id);
        }
    }

    @Test
    void shouldTakeAnIntegrationKeysNameAsTheSourceWhenTheBodyNamesNone() throws Exception
    {
        try (TestServer server = new TestServer(data))
        {
            final Api admin = server.api();
            final Api.Response key = admin.send("POST", "/v1/api-keys", "{\"name\":\"acme-desk\",\"role\":\"INTEGRATION\"}");
            assertThat(key.status()).isEqualTo(201);
            final Api acme = new Api(server.server().url(), key.text("key"));

            final Api.Response created = acme.send("POST", "/v1/tickets", Bodies.ticket("lift"));
            final Api.Response byAdmin = admin.send("POST", "/v1/tickets", Bodies.ticket("lift"));
            final Api.Response resent = acme.send("POST", "/v1/tickets", Bodies.ticket("lift"));

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.text("source")).isEqualTo("acme-desk");
            assertThat(byAdmin.status()).isEqualTo(201);
            assertThat(byAdmin.body().path("source").isNull()).isTrue();
            assertThat(resent.status()).isEqualTo(409);
            assertThat(admin.get("/v1/tickets?source=acme-desk").body().path("items")).hasSize(1);
        }
    }

    private static String withSource(final String ticket, final String source)
    {
        return ticket.replaceFirst("\\{", "{\"source\":\"" + source + "\",");
    }
}
