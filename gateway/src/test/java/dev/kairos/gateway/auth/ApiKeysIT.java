package dev.kairos.gateway.auth;

import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** API keys over real HTTP: created and shown once, listed without secrets, revoked at once. */
class ApiKeysIT
{
    @TempDir
    Path data;
    private TestServer server;
    private Api admin;

    @BeforeEach
    void start() throws Exception
    {
        server = new TestServer(data);
        admin = server.api();
    }

    @AfterEach
    void stop()
    {
        server.close();
    }

    @Test
    void shouldCreateAKeyShownOnceWith256RandomBits() throws Exception
    {
        final long before = server.position();
        final Api.Response created = admin.send("POST", "/v1/api-keys", "{\"name\":\"helpdesk\",\"role\":\"integration\"}");

        assertThat(created.status()).isEqualTo(201);
        final String secret = created.text("key");
        assertThat(secret).startsWith("kairos_");
        assertThat(Base64.getUrlDecoder().decode(secret.substring("kairos_".length()))).hasSize(32);
        assertThat(created.text("role")).isEqualTo("INTEGRATION");
        assertThat(server.position()).as("one journal record").isEqualTo(before + 1);

        final Api.Response one = admin.get("/v1/api-keys/" + created.text("id"));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().has("key")).isFalse();
        assertThat(one.raw().body()).doesNotContain(secret).doesNotContain("sha256");
        final Api.Response list = admin.get("/v1/api-keys");
        assertThat(list.raw().body()).doesNotContain(secret).doesNotContain("sha256");
        assertThat(list.body().path("keys")).extracting(key -> key.path("id").asText())
            .contains("admin", created.text("id"));

        final Api helpdesk = new Api(server.server().url(), secret);
        assertThat(helpdesk.send("POST", "/v1/tickets", Bodies.ticket("from the helpdesk")).status()).isEqualTo(201);
    }

    @Test
    void shouldNotShowTheSecretAgainToAnIdempotentRetry() throws Exception
    {
        final String body = "{\"name\":\"helpdesk\",\"role\":\"INTEGRATION\"}";
        final java.util.Map<String, String> header = java.util.Map.of("Idempotency-Key", "new-key-1");
        final Api.Response created = admin.send("POST", "/v1/api-keys", body, TestServer.ADMIN_KEY, header);
        final long after = server.position();

        final Api.Response retry = admin.send("POST", "/v1/api-keys", body, TestServer.ADMIN_KEY, header);

        assertThat(created.text("key")).startsWith("kairos_");
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(created.text("id"));
        assertThat(retry.body().has("key")).isFalse();
        assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(server.position()).isEqualTo(after);
    }

    @Test
    void shouldRevokeAKeySoItsNextRequestIs401() throws Exception
    {
        final Keys.Made made = Keys.make(admin, "DISPATCHER", null, null);
        final Api dispatcher = new Api(server.server().url(), made.secret());
        assertThat(dispatcher.get("/v1/plan").status()).isEqualTo(200);
        final long before = server.position();

        final Api.Response revoked = admin.send("DELETE", "/v1/api-keys/" + made.id(), null);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body().path("revoked").asBoolean()).isTrue();
        assertThat(server.position()).as("the revocation is journaled").isEqualTo(before + 1);
        assertThat(dispatcher.get("/v1/plan").status()).isEqualTo(401);
        assertThat(admin.get("/v1/api-keys/" + made.id()).body().path("revoked").asBoolean()).isTrue();
        final long after = server.position();
        assertThat(admin.send("DELETE", "/v1/api-keys/" + made.id(), null).status()).as("already revoked").isEqualTo(409);
        assertThat(admin.send("DELETE", "/v1/api-keys/nobody", null).status()).isEqualTo(404);
        assertThat(admin.send("DELETE", "/v1/api-keys/admin", null).status()).as("the last admin key").isEqualTo(409);
        assertThat(server.position()).isEqualTo(after);
    }

    @Test
    void shouldStayRevokedAfterARestart() throws Exception
    {
        final Keys.Made made = Keys.make(admin, "READ_ONLY", null, null);
        assertThat(admin.send("DELETE", "/v1/api-keys/" + made.id(), null).status()).isEqualTo(200);
        server.close();
        server = new TestServer(data);

        assertThat(new Api(server.server().url(), made.secret()).get("/v1/tickets").status()).isEqualTo(401);
    }

    @Test
    void shouldRefuseInvalidKeysNamingTheFieldAndJournalNothing() throws Exception
    {
        final long before = server.position();

        final JsonNode noEngineer = admin.send("POST", "/v1/api-keys", "{\"name\":\"van\",\"role\":\"ENGINEER\"}").body();
        final Api.Response badRole = admin.send("POST", "/v1/api-keys", "{\"name\":\"x\",\"role\":\"root\"}");
        final Api.Response engineerOnDispatcher = admin.send("POST", "/v1/api-keys",
            "{\"name\":\"x\",\"role\":\"DISPATCHER\",\"engineerId\":\"E-1\"}");
        final Api.Response badRegions = admin.send("POST", "/v1/api-keys", "{\"name\":\"x\",\"role\":\"DISPATCHER\",\"regions\":[7]}");

        assertThat(noEngineer.path("errors").get(0).path("field").asText()).isEqualTo("engineerId");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.body().path("errors").get(0).path("value").asText()).isEqualTo("root");
        assertThat(engineerOnDispatcher.body().path("errors").get(0).path("field").asText()).isEqualTo("engineerId");
        assertThat(badRegions.body().path("errors").get(0).path("field").asText()).isEqualTo("regions[0]");
        assertThat(server.position()).isEqualTo(before);
    }

    @Test
    void shouldLetOnlyAdminsManageKeys() throws Exception
    {
        final Keys.Made dispatcher = Keys.make(admin, "DISPATCHER", null, null);
        final Api api = new Api(server.server().url(), dispatcher.secret());
        final long before = server.position();

        assertThat(api.send("POST", "/v1/api-keys", "{\"name\":\"mine\",\"role\":\"ADMIN\"}").status()).isEqualTo(403);
        assertThat(api.get("/v1/api-keys").status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/v1/api-keys/admin", null).status()).isEqualTo(403);
        assertThat(server.position()).isEqualTo(before);
    }
}
