package dev.kairos.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real server process under concurrent create-ticket load is killed with SIGKILL at a random
 * point, again and again on the same journal; after every restart each ticket that got a 201 is
 * there with the fields it was acknowledged with.
 */
class CrashIT
{
    private static final long SEED = 20261123L;
    private static final int ROUNDS = 4;
    private static final int CLIENTS = 4;
    private static final String KEY = "crash-test-admin-key-42";

    @TempDir
    Path data;

    @Test
    void shouldKeepEveryAcknowledgedTicketAcrossKills() throws Exception
    {
        final Random random = new Random(SEED);
        final Map<String, JsonNode> acknowledged = new ConcurrentHashMap<>();

        for (int round = 1; round <= ROUNDS; round++)
        {
            // Kill after a random number of acknowledgements: the point varies, the test stays bounded.
            final int killAfter = 30 + random.nextInt(300);
            try (ServerProcess server = ServerProcess.serve(data, KEY))
            {
                assertAllPresent(new Api(server.url(), KEY), acknowledged, "seed " + SEED + ", before round " + round);
                final int before = acknowledged.size();
                final AtomicBoolean running = new AtomicBoolean(true);
                final List<Thread> clients = startClients(server.url(), round, running, acknowledged);

                await().atMost(60, TimeUnit.SECONDS).until(() -> acknowledged.size() - before >= killAfter);
                server.kill();
                running.set(false);
                for (final Thread client : clients)
                {
                    client.join(TimeUnit.SECONDS.toMillis(30));
                }
                assertThat(acknowledged.size() - before).as("round %d acknowledged", round).isGreaterThanOrEqualTo(killAfter);
            }
        }

        try (ServerProcess server = ServerProcess.serve(data, KEY))
        {
            final Api api = new Api(server.url(), KEY);
            assertAllPresent(api, acknowledged, "seed " + SEED + ", after the last kill");
            final Api.Response fresh = api.send("POST", "/v1/tickets", Bodies.ticket("after the crashes"));
            assertThat(fresh.status()).isEqualTo(201);
            assertThat(acknowledged).doesNotContainKey(fresh.text("id"));
            assertThat(server.terminate()).isZero();
        }
    }

    private static List<Thread> startClients(
        final String url, final int round, final AtomicBoolean running, final Map<String, JsonNode> acknowledged)
    {
        final List<Thread> clients = new ArrayList<>();
        final AtomicInteger sequence = new AtomicInteger();
        for (int c = 0; c < CLIENTS; c++)
        {
            final Thread client = new Thread(() ->
            {
                final Api api = new Api(url, KEY);
                while (running.get())
                {
                    try
                    {
                        final Api.Response response = api.send(
                            "POST", "/v1/tickets", Bodies.ticket("crash round " + round + " #" + sequence.incrementAndGet()));
                        if (response.status() == 201)
                        {
                            acknowledged.put(response.text("id"), response.body());
                        }
                    }
                    catch (final Exception ex)
                    {
                        // The server died mid-request: that request was never acknowledged.
                    }
                }
            }, "crash-client-" + c);
            client.start();
            clients.add(client);
        }
        return clients;
    }

    private static void assertAllPresent(final Api api, final Map<String, JsonNode> acknowledged, final String when)
        throws Exception
    {
        for (final Map.Entry<String, JsonNode> ticket : acknowledged.entrySet())
        {
            final Api.Response read = api.get("/v1/tickets/" + ticket.getKey());
            assertThat(read.status()).as("%s: ticket %s", when, ticket.getKey()).isEqualTo(200);
            // The SLA part is as of the request: its elapsed time moves on with the wall clock.
            assertThat(withoutSla(read.body())).as("%s: ticket %s", when, ticket.getKey()).isEqualTo(withoutSla(ticket.getValue()));
        }
    }

    private static JsonNode withoutSla(final JsonNode ticket)
    {
        final com.fasterxml.jackson.databind.node.ObjectNode copy = ticket.deepCopy();
        copy.remove("sla");
        return copy;
    }
}
