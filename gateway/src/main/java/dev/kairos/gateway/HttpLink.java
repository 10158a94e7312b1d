package dev.kairos.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kairos.gateway.api.RequestBodies;
import dev.kairos.gateway.http.Json;
import dev.kairos.gateway.http.LocationFormat;
import dev.kairos.scenarios.sim.EngineLink;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.domain.Area;
import dev.kairos.solver.engine.EngineHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

/**
 * The simulator over HTTP ({@code simulate --over-http}): a real server on loopback, on the
 * simulator's clock and without its own optimiser (the simulator steps it), takes every command as
 * the request a client would send ({@link RequestBodies}), through routing, authentication,
 * decoding and the journal, one at a time, each answered before the next.
 */
final class HttpLink implements EngineLink
{
    static final EngineLink.Opener OPENER = HttpLink::open;

    private static final Logger LOG = LoggerFactory.getLogger(HttpLink.class);
    private static final String ADMIN_KEY = "kairos-simulator-admin-key";

    private final KairosServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final LocationFormat locations;
    private long requests;

    private HttpLink(final KairosServer server, final LocationFormat locations)
    {
        this.server = server;
        this.locations = locations;
    }

    /** {@code folder} holds the server's data: its journal and snapshots. */
    static EngineLink open(final Path folder, final InstantSource clock, final Area area)
    {
        final ServerContext context = new ServerContext()
            .dataFolder(folder)
            .host("127.0.0.1")
            .port(0)
            .adminKey(ADMIN_KEY)
            .clock(clock)
            .tickInterval(Duration.ZERO)
            .optimiser(false)
            .area(area)
            // Snapshots every ten engine minutes would be one every few requests on a clock that jumps.
            .snapshots(0, Duration.ZERO, 1);
        try
        {
            return new HttpLink(KairosServer.start(context), LocationFormat.of(area));
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the simulator's server started", ex);
        }
    }

    @Override
    public EngineHost engine()
    {
        return server.engine();
    }

    @Override
    public boolean send(final Command command)
    {
        final HttpResponse<String> response = exchange(command);
        if (response.statusCode() / 100 != 2)
        {
            LOG.warn("{} refused over HTTP: {} {}", command, response.statusCode(), response.body());
            return false;
        }
        return true;
    }

    @Override
    public String create(final CreateTicket create)
    {
        final HttpResponse<String> response = exchange(create);
        if (response.statusCode() != 201)
        {
            throw new IllegalStateException("the server refused a scenario's ticket " + create.spec().externalId() + ": "
                + response.statusCode() + " " + response.body());
        }
        try
        {
            return Json.MAPPER.readTree(response.body()).get("id").textValue();
        }
        catch (final JsonProcessingException ex)
        {
            throw new IllegalStateException("the server's answer to a new ticket is not JSON: " + response.body(), ex);
        }
    }

    /** Requests sent so far. */
    long requests()
    {
        return requests;
    }

    private HttpResponse<String> exchange(final Command command)
    {
        final RequestBodies.Request request = RequestBodies.of(command);
        requests++;
        try
        {
            final HttpRequest.Builder builder = HttpRequest.newBuilder(
                    URI.create(server.url() + request.path() + (request.query().isEmpty() ? "" : "?" + request.query())))
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .timeout(Duration.ofMinutes(1));
            if (request.body() == null)
            {
                builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
            }
            else
            {
                builder.header("Content-Type", "application/json")
                    .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(Json.writer(locations).writeValueAsBytes(request.body())));
            }
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("the simulator's request " + request.method() + " " + request.path() + " failed", ex);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + request.method() + " " + request.path(), ex);
        }
    }

    @Override
    public void close()
    {
        server.close();
        client.close();
    }
}
