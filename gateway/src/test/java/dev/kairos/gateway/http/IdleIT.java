package dev.kairos.gateway.http;

import dev.kairos.gateway.ServerContext;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real server with a short idle timeout: a keep-alive HTTP connection left quiet is closed after
 * its answer, while a quiet WebSocket subscriber keeps its connection.
 */
class IdleIT
{
    /** Long enough that a loaded machine does not stall a client past it mid-handshake (300 ms failed once at load 13). */
    private static final Duration IDLE = Duration.ofSeconds(1);

    @TempDir
    Path data;

    @Test
    void shouldCloseAQuietHttpConnectionButNotAQuietStream() throws Exception
    {
        try (TestServer server = new TestServer(new ServerContext().port(0).dataFolder(data).optimiser(false).idleTimeout(IDLE)))
        {
            final int port = server.server().port();
            try (Socket socket = new Socket())
            {
                socket.connect(new InetSocketAddress("127.0.0.1", port));
                socket.setSoTimeout(5_000);
                socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                final InputStream in = socket.getInputStream();
                final long start = System.nanoTime();
                final String answer = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
                int read = 0;
                while (read != -1)
                {
                    read = in.read();
                }
                assertThat(answer).isEqualTo("HTTP/1.1 200");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as("closed by the idle timeout, not the 5 s read bound")
                    .isLessThan(Duration.ofSeconds(5));
            }

            final LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
            final WebSocket stream = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/v1/stream"), new WebSocket.Listener()
                {
                    @Override
                    public CompletionStage<?> onText(final WebSocket webSocket, final CharSequence text, final boolean last)
                    {
                        messages.add(text.toString());
                        webSocket.request(1);
                        return null;
                    }
                }).get(5, TimeUnit.SECONDS);
            stream.sendText("{\"type\":\"subscribe\"}", true).get(5, TimeUnit.SECONDS);
            assertThat(messages.poll(5, TimeUnit.SECONDS)).contains("\"subscribed\"");

            Thread.sleep(IDLE.multipliedBy(3).toMillis());

            assertThat(stream.isInputClosed()).as("a quiet subscriber keeps its connection").isFalse();
            assertThat(server.api().send("POST", "/v1/tickets", dev.kairos.gateway.Bodies.ticket("after a quiet while")).status())
                .isEqualTo(201);
            assertThat(messages.poll(5, TimeUnit.SECONDS)).as("the stream still carries events").contains("\"ticket.created\"");
            stream.abort();
        }
    }
}
