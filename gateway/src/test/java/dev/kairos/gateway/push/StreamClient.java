package dev.kairos.gateway.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A real WebSocket client for tests (the JDK's), collecting every text message. A reading client
 * asks for one message at a time as it handles them; a client made with {@code reading = false}
 * asks for none until {@link #startReading()}, so the server's writes pile up as for a stuck client.
 */
final class StreamClient implements WebSocket.Listener, AutoCloseable
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Close(int code, String reason)
    {
    }

    private final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Close> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final boolean reading;
    private WebSocket socket;

    private StreamClient(final boolean reading)
    {
        this.reading = reading;
    }

    /** Opens {@code /v1/stream} (plus {@code query}) with the key as a Bearer header when not null; throws on a refused upgrade. */
    static StreamClient open(final String httpUrl, final String key, final String query, final boolean reading)
    {
        final StreamClient client = new StreamClient(reading);
        final WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (key != null)
        {
            builder.header("Authorization", "Bearer " + key);
        }
        final URI uri = URI.create(httpUrl.replaceFirst("^http", "ws") + "/v1/stream" + (query == null ? "" : query));
        client.socket = builder.buildAsync(uri, client).join();
        return client;
    }

    /** Sends a subscribe message and waits for the server's acknowledgement (a client that is not reading reads just that). */
    JsonNode subscribe(final String json)
    {
        if (!reading)
        {
            socket.request(1);
        }
        send(json);
        await().atMost(10, TimeUnit.SECONDS).until(() -> first("subscribed") != null);
        return first("subscribed");
    }

    void send(final String text)
    {
        socket.sendText(text, true).join();
    }

    void startReading()
    {
        socket.request(Long.MAX_VALUE);
    }

    /** The events received so far (every message but the stream's own), parsed. */
    List<JsonNode> events()
    {
        final List<JsonNode> events = new ArrayList<>();
        for (final JsonNode message : messages)
        {
            if (message.has("position") && !message.path("type").asText().equals("subscribed"))
            {
                events.add(message);
            }
        }
        return events;
    }

    /** The events received so far, as the server sent them. */
    List<String> eventTexts()
    {
        return events().stream().map(JsonNode::toString).toList();
    }

    JsonNode first(final String type)
    {
        for (final JsonNode message : messages)
        {
            if (message.path("type").asText().equals(type))
            {
                return message;
            }
        }
        return null;
    }

    /** Waits until an event of this type and position has arrived (events come in position order: look from the end). */
    void awaitEvent(final String type, final long position)
    {
        await().pollInterval(Duration.ofMillis(10)).atMost(20, TimeUnit.SECONDS).until(() ->
        {
            for (int i = messages.size() - 1; i >= 0; i--)
            {
                final JsonNode message = messages.get(i);
                if (message.path("position").asLong() < position)
                {
                    return false;
                }
                if (message.path("type").asText().equals(type) && message.path("position").asLong() == position)
                {
                    return true;
                }
            }
            return false;
        });
    }

    Close awaitClose()
    {
        return closed.orTimeout(20, TimeUnit.SECONDS).join();
    }

    boolean isClosed()
    {
        return closed.isDone();
    }

    @Override
    public void onOpen(final WebSocket webSocket)
    {
        if (reading)
        {
            webSocket.request(1);
        }
    }

    @Override
    public CompletionStage<?> onText(final WebSocket webSocket, final CharSequence data, final boolean last)
    {
        partial.append(data);
        if (last)
        {
            messages.add(parse(partial.toString()));
            partial.setLength(0);
        }
        if (reading)
        {
            webSocket.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(final WebSocket webSocket, final int statusCode, final String reason)
    {
        closed.complete(new Close(statusCode, reason));
        return null;
    }

    @Override
    public void onError(final WebSocket webSocket, final Throwable error)
    {
        closed.complete(new Close(-1, error.toString()));
    }

    @Override
    public void close()
    {
        if (!closed.isDone())
        {
            socket.abort();
        }
    }

    private static JsonNode parse(final String message)
    {
        try
        {
            return MAPPER.readTree(message);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
