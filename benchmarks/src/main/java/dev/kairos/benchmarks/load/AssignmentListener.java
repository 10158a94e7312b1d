package dev.kairos.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket client on {@code /v1/stream}, subscribed to {@code plan.assigned}, noting when each
 * ticket's first assignment arrived ({@link System#nanoTime()}). The JDK's client, as an
 * integrator would use it. Callbacks run on the client's threads; reads from any thread.
 */
final class AssignmentListener implements WebSocket.Listener, AutoCloseable
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Long> firstArrival = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> subscribed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private AssignmentListener()
    {
    }

    /** Connects with the target's key in the Authorization header and returns once the subscription is confirmed. */
    static AssignmentListener open(final Target target) throws Exception
    {
        final AssignmentListener listener = new AssignmentListener();
        final URI uri = URI.create("ws://" + target.hostHeader() + "/v1/stream");
        listener.socket = HttpClient.newHttpClient().newWebSocketBuilder()
            .header("Authorization", "Bearer " + target.apiKey())
            .buildAsync(uri, listener)
            .get(5, TimeUnit.SECONDS);
        listener.socket.sendText("{\"type\":\"subscribe\",\"types\":[\"plan.assigned\"]}", true).get(5, TimeUnit.SECONDS);
        listener.subscribed.get(5, TimeUnit.SECONDS);
        return listener;
    }

    /** When the ticket's first {@code plan.assigned} arrived, or null if it has not. */
    Long arrivalOf(final String ticketId)
    {
        return firstArrival.get(ticketId);
    }

    @Override
    public CompletionStage<?> onText(final WebSocket webSocket, final CharSequence data, final boolean last)
    {
        final long now = System.nanoTime();
        partial.append(data);
        if (last)
        {
            final JsonNode message = read(partial.toString());
            partial.setLength(0);
            final String type = message.path("type").asText();
            if ("subscribed".equals(type))
            {
                subscribed.complete(null);
            }
            else if ("plan.assigned".equals(type))
            {
                firstArrival.putIfAbsent(message.path("ticketId").asText(), now);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(final WebSocket webSocket, final int statusCode, final String reason)
    {
        subscribed.completeExceptionally(new IllegalStateException("the stream closed: " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(final WebSocket webSocket, final Throwable error)
    {
        subscribed.completeExceptionally(error);
    }

    @Override
    public void close()
    {
        socket.abort();
    }

    private static JsonNode read(final String text)
    {
        try
        {
            return JSON.readTree(text);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("a stream message that is not JSON: " + text, ex);
        }
    }
}
