package dev.kairos.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.ssl.util.SelfSignedCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A real server with {@code --tls-cert/--tls-key} from a self-signed certificate: the API and the
 * stream over TLS with a client that trusts only that certificate, and plain HTTP refused.
 */
class TlsIT
{
    private static SelfSignedCertificate certificate;
    private static HttpClient client;

    @TempDir
    Path data;

    @BeforeAll
    static void makeCertificate() throws Exception
    {
        certificate = new SelfSignedCertificate("localhost");
        final KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("kairos", certificate.cert());
        final TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        final SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trust.getTrustManagers(), null);
        client = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void dropCertificate()
    {
        certificate.delete();
    }

    @Test
    void shouldServeTheApiAndTheStreamOverTlsOnly() throws Exception
    {
        try (TestServer server = new TestServer(context()))
        {
            final int port = server.server().port();
            assertThat(server.server().url()).startsWith("https://");

            final HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("https", port, "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            final HttpResponse<String> created = client.send(HttpRequest.newBuilder(uri("https", port, "/v1/tickets"))
                .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(Bodies.ticket("over tls"))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(new ObjectMapper().readTree(created.body()).path("status").asText()).isEqualTo("NEW");

            final CompletableFuture<String> firstMessage = new CompletableFuture<>();
            final WebSocket socket = client.newWebSocketBuilder()
                .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                .buildAsync(uri("wss", port, "/v1/stream"), new WebSocket.Listener()
                {
                    @Override
                    public CompletionStage<?> onText(final WebSocket webSocket, final CharSequence text, final boolean last)
                    {
                        firstMessage.complete(text.toString());
                        return null;
                    }
                }).get(5, TimeUnit.SECONDS);
            socket.sendText("{\"type\":\"subscribe\"}", true).get(5, TimeUnit.SECONDS);
            final JsonNode subscribed = new ObjectMapper().readTree(firstMessage.get(5, TimeUnit.SECONDS));
            assertThat(subscribed.path("type").asText()).isEqualTo("subscribed");
            assertThat(subscribed.path("position").asLong()).isEqualTo(server.position());
            socket.abort();

            final HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            assertThatThrownBy(() -> plain.send(HttpRequest.newBuilder(uri("http", port, "/health"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        }
    }

    @Test
    void shouldRefuseToStartWithAKeyThatIsNotPemWithoutOpeningTheJournal() throws Exception
    {
        final Path notAKey = Files.writeString(data.resolve("key.pem"), "not a key");

        assertThatThrownBy(() -> new TestServer(new ServerContext().port(0).dataFolder(data).optimiser(false)
            .tls(certificate.certificate().toPath(), notAKey)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("--tls-cert/--tls-key")
            .hasMessageContaining("key.pem");
        assertThat(data.resolve("journal")).doesNotExist();
    }

    @Test
    void shouldRefuseACertificateWithoutItsKey()
    {
        assertThatThrownBy(() -> new TestServer(new ServerContext().port(0).dataFolder(data).optimiser(false)
            .tls(certificate.certificate().toPath(), null)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("--tls-cert and --tls-key go together");
    }

    private ServerContext context()
    {
        return new ServerContext().port(0).dataFolder(data).optimiser(false)
            .tls(certificate.certificate().toPath(), certificate.privateKey().toPath());
    }

    private static URI uri(final String scheme, final int port, final String path)
    {
        return URI.create(scheme + "://localhost:" + port + path);
    }
}
