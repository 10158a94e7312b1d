package dev.kairos.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Kairos target needs before a run: the run's engineers (so pings and new tickets find
 * them), and a few tickets to read back. One request at a time with the JDK's client: this part
 * is not measured. The owning thread only.
 */
final class Setup
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Target target;
    private final HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();

    Setup(final Target target)
    {
        this.target = target;
    }

    /** Puts every engineer; a target that already has them gets them replaced (200 rather than 201). */
    void putEngineers(final List<LoadWorkload.Body> engineers) throws InterruptedException
    {
        for (final LoadWorkload.Body engineer : engineers)
        {
            send("PUT", engineer, 200, 201);
        }
    }

    /** Creates the tickets and returns the paths to read them back. */
    List<String> createTickets(final List<LoadWorkload.Body> tickets) throws InterruptedException
    {
        final List<String> paths = new ArrayList<>(tickets.size());
        for (final LoadWorkload.Body ticket : tickets)
        {
            final JsonNode created = send("POST", ticket, 201, 201);
            paths.add("/v1/tickets/" + created.path("id").asText());
        }
        return paths;
    }

    private JsonNode send(final String method, final LoadWorkload.Body body, final int okStatus, final int otherOkStatus)
        throws InterruptedException
    {
        final HttpRequest request = HttpRequest.newBuilder(target.uri(body.path()))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + target.apiKey())
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body.json()))
            .build();
        try
        {
            final HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != okStatus && response.statusCode() != otherOkStatus)
            {
                throw new IllegalStateException("setting up the run: " + method + " " + body.path() + " answered "
                    + response.statusCode() + ": " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return JSON.readTree(response.body());
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("setting up the run: " + method + " " + body.path() + " failed", ex);
        }
    }
}
