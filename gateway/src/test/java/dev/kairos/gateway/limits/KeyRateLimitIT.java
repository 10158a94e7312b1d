package dev.kairos.gateway.limits;

import dev.kairos.gateway.Api;
import dev.kairos.gateway.ServerContext;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits per API key: set at creation, changed by PATCH, journaled, kept over a restart from a
 * snapshot and from the journal alone; a key without its own limits keeps the server's. The rate
 * clock stands still unless the test moves it, so every 429 here is counted, not timed.
 */
class KeyRateLimitIT
{
    @TempDir
    Path data;

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private TestServer start() throws InterruptedException
    {
        return new TestServer(new ServerContext().port(0).dataFolder(data).optimiser(false).rateClock(nanos::get));
    }

    @Test
    void shouldLimitAKeyByItsOwnLimitsAndLiftThemByPatch() throws Exception
    {
        try (TestServer server = start())
        {
            final Api admin = server.api();
            final Api.Response slow = admin.send("POST", "/v1/api-keys",
                "{\"name\":\"slow\",\"role\":\"READ_ONLY\",\"rateLimit\":0.5,\"rateBurst\":2}");
            assertThat(slow.status()).as(slow.raw().body()).isEqualTo(201);
            assertThat(slow.body().path("rateLimit").asDouble()).isEqualTo(0.5);
            assertThat(slow.body().path("rateBurst").asDouble()).isEqualTo(2);
            final Api.Response other = admin.send("POST", "/v1/api-keys", "{\"name\":\"other\",\"role\":\"READ_ONLY\"}");
            assertThat(other.body().has("rateLimit")).as("no own limit: the server's").isFalse();
            final Api slowKey = new Api(server.server().url(), slow.text("key"));
            final Api otherKey = new Api(server.server().url(), other.text("key"));

            assertThat(slowKey.get("/v1/plan").status()).isEqualTo(200);
            assertThat(slowKey.get("/v1/plan").status()).isEqualTo(200);
            final Api.Response limited = slowKey.get("/v1/plan");
            assertThat(limited.status()).as("the burst of 2 is spent").isEqualTo(429);
            assertThat(limited.raw().headers().firstValue("retry-after")).hasValue("2");
            assertThat(limited.text("detail")).contains("0.5 requests a second");
            for (int i = 0; i < 20; i++)
            {
                assertThat(otherKey.get("/v1/plan").status()).as("another key is not held back").isEqualTo(200);
            }

            final long position = server.position();
            final Api.Response lifted = admin.send("PATCH", "/v1/api-keys/" + slow.text("id"), "{\"rateLimit\":1000}");
            assertThat(lifted.status()).as(lifted.raw().body()).isEqualTo(200);
            assertThat(lifted.body().path("rateLimit").asDouble()).isEqualTo(1000);
            assertThat(lifted.body().path("rateBurst").asDouble()).as("a PATCH keeps what it leaves out").isEqualTo(2);
            assertThat(server.position()).as("journaled").isEqualTo(position + 1);
            assertThat(slowKey.get("/v1/plan").status()).as("lifted at its next request").isEqualTo(200);

            final Api.Response burst = admin.send("PATCH", "/v1/api-keys/" + slow.text("id"), "{\"rateBurst\":null}");
            assertThat(burst.body().has("rateBurst")).as("null: back to the default").isFalse();
            for (int i = 0; i < 50; i++)
            {
                assertThat(slowKey.get("/v1/plan").status()).as("1000/s, burst one second's worth").isEqualTo(200);
            }
        }
    }

    @Test
    void shouldRefuseBadLimitsWithoutJournalingThem() throws Exception
    {
        try (TestServer server = start())
        {
            final Api admin = server.api();
            final long position = server.position();
            final Api.Response zero = admin.send("POST", "/v1/api-keys", "{\"role\":\"READ_ONLY\",\"rateLimit\":0,\"rateBurst\":0.5}");
            assertThat(zero.status()).isEqualTo(400);
            assertThat(zero.raw().body()).contains("\"field\":\"rateLimit\"").contains("\"field\":\"rateBurst\"");
            final String id = admin.send("POST", "/v1/api-keys", "{\"name\":\"n\",\"role\":\"READ_ONLY\"}").text("id");
            final Api.Response empty = admin.send("PATCH", "/v1/api-keys/" + id, "{}");
            assertThat(empty.status()).as(empty.raw().body()).isEqualTo(400);
            assertThat(admin.send("PATCH", "/v1/api-keys/" + id, "{\"rateLimit\":\"fast\"}").status()).isEqualTo(400);
            assertThat(admin.send("PATCH", "/v1/api-keys/" + id, "{\"name\":\"x\",\"rateLimit\":5}").status())
                .as("only limits change").isEqualTo(400);
            assertThat(admin.send("PATCH", "/v1/api-keys/key-nobody", "{\"rateLimit\":5}").status()).isEqualTo(404);
            assertThat(server.position()).isEqualTo(position + 1);
            assertThat(admin.send("DELETE", "/v1/api-keys/" + id, null).status()).isEqualTo(200);
            assertThat(admin.send("PATCH", "/v1/api-keys/" + id, "{\"rateLimit\":5}").status()).as("revoked").isEqualTo(409);
            assertThat(server.position()).isEqualTo(position + 2);
        }
    }

    @Test
    void shouldKeepLimitsOverARestartFromASnapshotAndFromTheJournalAlone() throws Exception
    {
        final String secret;
        final String id;
        try (TestServer server = start())
        {
            final Api.Response made = server.api().send("POST", "/v1/api-keys", "{\"name\":\"n\",\"role\":\"READ_ONLY\",\"rateLimit\":100}");
            id = made.text("id");
            secret = made.text("key");
            final Api.Response patched = server.api().send("PATCH", "/v1/api-keys/" + id, "{\"rateLimit\":0.25,\"rateBurst\":1}");
            assertThat(patched.status()).as(patched.raw().body()).isEqualTo(200);
        }
        for (final boolean fromSnapshot : new boolean[] {true, false})
        {
            if (!fromSnapshot)
            {
                deleteSnapshots();
            }
            nanos.addAndGet(TimeUnit.SECONDS.toNanos(60));
            try (TestServer server = start())
            {
                final Api.Response key = server.api().get("/v1/api-keys/" + id);
                assertThat(key.body().path("rateLimit").asDouble()).as("from snapshot: " + fromSnapshot).isEqualTo(0.25);
                assertThat(key.body().path("rateBurst").asDouble()).isEqualTo(1);
                final Api api = new Api(server.server().url(), secret);
                assertThat(api.get("/v1/plan").status()).isEqualTo(200);
                final Api.Response limited = api.get("/v1/plan");
                assertThat(limited.status()).as("from snapshot: " + fromSnapshot).isEqualTo(429);
                assertThat(limited.raw().headers().firstValue("retry-after")).hasValue("4");
            }
        }
    }

    private void deleteSnapshots() throws Exception
    {
        final Path snapshots = data.resolve("snapshots");
        if (Files.isDirectory(snapshots))
        {
            try (Stream<Path> files = Files.walk(snapshots))
            {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
