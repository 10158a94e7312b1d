package dev.kairos.gateway.limits;

import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.ServerContext;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Header size (431), body size (413), rate per key and per connection (429), connection cap (503). */
class LimitsIT
{
    private static final String KEY = TestServer.ADMIN_KEY;

    @TempDir
    Path data;

    @Test
    void shouldAnswer431ForHeadersOverTheLimitAnd413ForABodyOverIt() throws Exception
    {
        try (TestServer server = new TestServer(new ServerContext().port(0).dataFolder(data).optimiser(false)
            .maxHeaderBytes(2048).maxBodyBytes(4096)))
        {
            final long position = server.position();
            try (RawHttp http = new RawHttp(server.server().port()))
            {
                http.send(RawHttp.request("GET", "/health", null, null, "X-Padding: " + "p".repeat(3000)));
                final RawHttp.Response response = http.read();
                assertThat(response.status()).isEqualTo(431);
                assertThat(response.headers().get("content-type")).isEqualTo("application/problem+json");
                assertThat(response.json().path("status").asInt()).isEqualTo(431);
                assertThat(http.closedByServer()).isTrue();
            }
            try (RawHttp http = new RawHttp(server.server().port()))
            {
                http.send(RawHttp.request("GET", "/health", null, null, "X-Padding: " + "p".repeat(1500)));
                assertThat(http.read().status()).as("a head under the limit").isEqualTo(200);
            }
            try (RawHttp http = new RawHttp(server.server().port()))
            {
                http.send(RawHttp.request("POST", "/v1/tickets", KEY, "{\"title\":\"" + "a".repeat(5000) + "\"}"));
                final RawHttp.Response response = http.read();
                assertThat(response.status()).isEqualTo(413);
                assertThat(response.headers().get("content-type")).isEqualTo("application/problem+json");
                assertThat(response.json().path("detail").asText()).contains("4096");
            }
            assertThat(server.position()).isEqualTo(position);
        }
    }

    @Test
    void shouldAnswer400ForBadPercentEncodingAnd415ForABodyThatIsNotJson() throws Exception
    {
        try (TestServer server = new TestServer(data))
        {
            final long position = server.position();
            try (RawHttp http = new RawHttp(server.server().port()))
            {
                for (final String path : new String[] {"/v1/stream%ZZ", "/v1/tickets/%ZZ", "/v1/tickets?after=%"})
                {
                    http.send(RawHttp.request("GET", path, KEY, null));
                    final RawHttp.Response response = http.read();
                    assertThat(response.status()).as(path).isEqualTo(400);
                    assertThat(response.json().path("detail").asText()).as(path).contains("percent-encoding");
                }
                http.send(RawHttp.request("POST", "/v1/tickets", KEY, Bodies.ticket("form"),
                    "Content-Type: application/x-www-form-urlencoded"));
                final RawHttp.Response form = http.read();
                assertThat(form.status()).isEqualTo(415);
                assertThat(form.json().path("detail").asText()).contains("application/x-www-form-urlencoded");
                http.send(RawHttp.request("POST", "/v1/tickets", KEY, Bodies.ticket("merge"), "Content-Type: application/merge-patch+json"));
                assertThat(http.read().status()).as("a +json type is JSON").isEqualTo(201);
            }
            assertThat(server.position()).isEqualTo(position + 1);
        }
    }

    @Test
    void shouldRateLimitPerKeyAndPerConnectionWithRetryAfter() throws Exception
    {
        final AtomicLong nanos = new AtomicLong(1_000_000_000L);
        try (TestServer server = new TestServer(new ServerContext().port(0).dataFolder(data).optimiser(false)
            .rateLimit(0.5).rateBurst(3).rateClock(nanos::get)))
        {
            final long position = server.position();
            try (RawHttp first = new RawHttp(server.server().port()); RawHttp second = new RawHttp(server.server().port()))
            {
                for (int i = 0; i < 3; i++)
                {
                    first.send(RawHttp.request("GET", "/v1/plan", KEY, null));
                    assertThat(first.read().status()).isEqualTo(200);
                }
                second.send(RawHttp.request("POST", "/v1/tickets", KEY, Bodies.ticket("over")));
                final RawHttp.Response limited = second.read();
                assertThat(limited.status()).as("the key's bucket is shared by its connections").isEqualTo(429);
                assertThat(limited.headers().get("retry-after")).isEqualTo("2");
                assertThat(limited.headers().get("content-type")).isEqualTo("application/problem+json");
                assertThat(server.position()).as("a limited request writes nothing").isEqualTo(position);

                for (int i = 0; i < 3; i++)
                {
                    second.send(RawHttp.request("GET", "/health", null, null));
                    assertThat(second.read().status()).as("no key: the connection's own bucket").isEqualTo(200);
                }
                second.send(RawHttp.request("GET", "/health", null, null));
                assertThat(second.read().status()).isEqualTo(429);

                nanos.addAndGet(TimeUnit.SECONDS.toNanos(2));
                first.send(RawHttp.request("GET", "/v1/plan", KEY, null));
                assertThat(first.read().status()).as("a token back after 2 s at 0.5/s").isEqualTo(200);
                first.send(RawHttp.request("GET", "/v1/plan", KEY, null));
                assertThat(first.read().status()).isEqualTo(429);
            }
            nanos.addAndGet(TimeUnit.SECONDS.toNanos(10));
            assertThat(server.api().get("/metrics").raw().body()).contains("kairos_http_rate_limited_total 3.0");
        }
    }

    @Test
    void shouldRefuseConnectionsOverTheCapWith503AndCountThem() throws Exception
    {
        try (TestServer server = new TestServer(new ServerContext().port(0).dataFolder(data).optimiser(false).maxConnections(2)))
        {
            final int port = server.server().port();
            try (RawHttp first = new RawHttp(port); RawHttp second = new RawHttp(port))
            {
                first.send(RawHttp.request("GET", "/health", null, null));
                second.send(RawHttp.request("GET", "/health", null, null));
                assertThat(first.read().status()).isEqualTo(200);
                assertThat(second.read().status()).isEqualTo(200);
                try (RawHttp third = new RawHttp(port))
                {
                    third.send(RawHttp.request("GET", "/health", null, null));
                    final RawHttp.Response refused = third.read();
                    assertThat(refused.status()).isEqualTo(503);
                    assertThat(refused.headers().get("connection")).isEqualTo("close");
                    assertThat(refused.json().path("type").asText()).endsWith("too-many-connections");
                    assertThat(third.closedByServer()).isTrue();
                }
                first.send(RawHttp.request("GET", "/metrics", KEY, null));
                final String metrics = first.read().body();
                assertThat(metrics).contains("kairos_http_connections_refused_total 1.0").contains("kairos_http_connections 2.0");
            }
            await().atMost(10, TimeUnit.SECONDS).untilAsserted(() ->
            {
                try (RawHttp again = new RawHttp(port))
                {
                    again.send(RawHttp.request("GET", "/health", null, null));
                    assertThat(again.read().status()).as("room again once the others closed").isEqualTo(200);
                }
            });
        }
    }
}
