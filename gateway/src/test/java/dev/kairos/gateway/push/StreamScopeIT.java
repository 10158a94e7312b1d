package dev.kairos.gateway.push;

import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The stream respects a key's scope whatever it subscribes to: an engineer's key hears only its engineer. */
class StreamScopeIT
{
    @TempDir
    Path data;
    private TestServer server;
    private final List<StreamClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws Exception
    {
        server = new TestServer(data);
    }

    @AfterEach
    void stop()
    {
        clients.forEach(StreamClient::close);
        server.close();
    }

    @Test
    void shouldSendAnEngineerKeyOnlyItsOwnEvents() throws Exception
    {
        final Api admin = server.api();
        assertThat(admin.send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada")).status()).isEqualTo(201);
        assertThat(admin.send("PUT", "/v1/engineers/E-2", Bodies.engineer("Bob")).status()).isEqualTo(201);
        final String vanKey = admin.send("POST", "/v1/api-keys", "{\"name\":\"van\",\"role\":\"ENGINEER\",\"engineerId\":\"E-1\"}")
            .text("key");
        final String northKey = admin.send("POST", "/v1/api-keys", "{\"name\":\"n\",\"role\":\"READ_ONLY\",\"regions\":[\"north\"]}")
            .text("key");
        final StreamClient van = open(vanKey);
        final StreamClient north = open(northKey);
        final StreamClient everything = open(TestServer.ADMIN_KEY);

        for (final String engineer : List.of("E-1", "E-2"))
        {
            final String id = admin.send("POST", "/v1/tickets", Bodies.ticket("for " + engineer)).text("id");
            admin.send("PUT", "/v1/tickets/" + id + "/pin", "{\"engineerId\":\"" + engineer + "\"}");
            admin.send("POST", "/v1/engineers/" + engineer + "/location", "{\"lat\":51.52,\"lon\":-0.11}");
        }
        final long last = admin.send("POST", "/v1/tickets", Bodies.ticket("south").replace("\"north\"", "\"south\""))
            .body().path("position").asLong();
        everything.awaitEvent("ticket.created", last);
        // The scoped streams are behind the same ring: once the last engineer ping reached them, all before it did.
        final long ping = admin.send("POST", "/v1/engineers/E-1/location", "{\"lat\":51.53,\"lon\":-0.11}").body().path("position").asLong();
        van.awaitEvent("engineer.location", ping);
        north.awaitEvent("engineer.location", ping);

        assertThat(everything.events()).anyMatch(e -> "E-2".equals(e.path("engineerId").asText()));
        assertThat(van.events()).isNotEmpty().allMatch(e -> "E-1".equals(e.path("engineerId").asText())
            || "E-1".equals(e.path("previousEngineerId").asText()));
        assertThat(van.events()).anyMatch(e -> e.path("type").asText().equals("plan.assigned"));
        assertThat(north.events()).noneMatch(e -> "south".equals(e.path("region").asText()));
        assertThat(everything.events()).anyMatch(e -> "south".equals(e.path("region").asText()));
    }

    private StreamClient open(final String key)
    {
        final StreamClient client = StreamClient.open(server.server().url(), key, null, true);
        clients.add(client);
        final JsonNode subscribed = client.subscribe("{\"type\":\"subscribe\"}");
        assertThat(subscribed.path("type").asText()).isEqualTo("subscribed");
        return client;
    }
}
