package dev.kairos.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A real HTTP client for tests: JDK HttpClient over loopback, JSON bodies, one API key. */
public final class Api
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    private final String baseUrl;
    private final String apiKey;

    public Api(final String baseUrl, final String apiKey)
    {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** A response with its status, headers and parsed JSON body (null when empty). */
    public record Response(int status, String contentType, JsonNode body, HttpResponse<String> raw)
    {
        public String text(final String field)
        {
            return body.path(field).asText();
        }
    }

    public Response get(final String path) throws IOException, InterruptedException
    {
        return send("GET", path, null, apiKey);
    }

    public Response send(final String method, final String path, final String json) throws IOException, InterruptedException
    {
        return send(method, path, json, apiKey);
    }

    public Response send(final String method, final String path, final String json, final String key)
        throws IOException, InterruptedException
    {
        return send(method, path, json, key, java.util.Map.of());
    }

    /** As {@link #send(String, String, String, String)}, with more request headers (e.g. Idempotency-Key). */
    public Response send(final String method, final String path, final String json, final String key,
                         final java.util.Map<String, String> headers)
        throws IOException, InterruptedException
    {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(10))
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null)
        {
            request.header("Content-Type", "application/json");
        }
        if (key != null)
        {
            request.header("Authorization", "Bearer " + key);
        }
        headers.forEach(request::header);
        final HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        final String body = response.body();
        final String contentType = response.headers().firstValue("content-type").orElse("");
        return new Response(
            response.statusCode(),
            contentType,
            body == null || body.isEmpty() || !contentType.contains("json") ? null : MAPPER.readTree(body),
            response);
    }

    public static String json(final Object value)
    {
        try
        {
            return MAPPER.writeValueAsString(value);
        }
        catch (final IOException ex)
        {
            throw new IllegalStateException(ex);
        }
    }
}
