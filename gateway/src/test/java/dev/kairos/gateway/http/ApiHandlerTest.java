package dev.kairos.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.api.Advice;
import dev.kairos.gateway.api.Routes;
import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.domain.Role;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The HTTP handlers on an EmbeddedChannel, in front of a real engine and journal. */
class ApiHandlerTest
{
    private static final String KEY = "embedded-test-key-0001";
    private static final InstantSource CLOCK = InstantSource.fixed(java.time.Instant.parse("2026-11-23T09:00:00Z"));

    @TempDir
    Path folder;
    private EngineHost engine;
    private Metrics metrics;
    private EmbeddedChannel channel;
    private final Advice advice = new Advice();

    @BeforeEach
    void start()
    {
        engine = EngineHost.start(new EngineContext().clock(CLOCK).journalFolder(folder.resolve("journal")).inboxCapacity(4));
        engine.call(new PutApiKey(CLOCK.millis(), "k", "test", Authenticator.sha256(KEY), Role.ADMIN));
        metrics = new Metrics(engine, CLOCK);
        final Router router = Routes.register(new Router(), advice)
            .add(HttpMethod.GET, "/v1/boom", Router.anyRole(), exchange ->
            {
                throw new IllegalStateException("boom");
            });
        channel = new EmbeddedChannel(new LimitedAggregator(2048), new ApiHandler(router, engine, CLOCK, metrics));
    }

    @AfterEach
    void stop()
    {
        channel.finishAndReleaseAll();
        advice.close();
        metrics.close();
        engine.close();
    }

    @Test
    void shouldServeHealthWithoutAKey()
    {
        final FullHttpResponse response = exchange(request(HttpMethod.GET, "/health", null, null));

        assertThat(response.status().code()).isEqualTo(200);
        assertThat(body(response).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void shouldAskForABearerKey()
    {
        final FullHttpResponse response = exchange(request(HttpMethod.GET, "/v1/tickets/T-1", null, "Basic abc"));

        assertThat(response.status().code()).isEqualTo(401);
        assertThat(response.headers().get(HttpHeaderNames.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        assertThat(response.headers().get(HttpHeaderNames.CONTENT_TYPE)).isEqualTo("application/problem+json");
        assertThat(body(response).path("detail").asText()).isEqualTo("the Authorization header must be 'Bearer <key>'");
    }

    @Test
    void shouldCreateATicketThroughTheEngine()
    {
        final FullHttpResponse response = exchange(request(HttpMethod.POST, "/v1/tickets", Bodies.ticket("embedded"), "Bearer " + KEY));

        assertThat(response.status().code()).isEqualTo(201);
        assertThat(body(response).path("id").asText()).isEqualTo("T-1");
        assertThat(body(response).path("createdAt").asText()).isEqualTo("2026-11-23T09:00:00Z");
        assertThat(engine.position()).isEqualTo(2);
    }

    @Test
    void shouldAnswerOverloadedAtOnceWhenTheInboxIsFull() throws Exception
    {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch blocked = new CountDownLatch(1);
        engine.query(state ->
        {
            blocked.countDown();
            awaitQuietly(release);
            return null;
        });
        assertThat(blocked.await(10, TimeUnit.SECONDS)).isTrue();
        while (engine.query(state -> null) != null)
        {
            // fill the inbox behind the blocked query
        }
        final long position = engine.position();

        final FullHttpResponse response = exchange(request(HttpMethod.POST, "/v1/tickets", Bodies.ticket("x"), "Bearer " + KEY));

        release.countDown();
        assertThat(response.status().code()).isEqualTo(503);
        assertThat(response.headers().get(HttpHeaderNames.RETRY_AFTER)).isEqualTo("1");
        assertThat(body(response).path("title").asText()).isEqualTo("Overloaded");
        assertThat(engine.position()).isEqualTo(position);
    }

    @Test
    void shouldRejectAnOversizedBodyAndClose()
    {
        final HttpRequest head = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/v1/tickets");
        head.headers().set(HttpHeaderNames.AUTHORIZATION, "Bearer " + KEY).setInt(HttpHeaderNames.CONTENT_LENGTH, 4096);
        channel.writeInbound(head, new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[4096])));

        final FullHttpResponse response = channel.readOutbound();

        assertThat(response.status().code()).isEqualTo(413);
        assertThat(body(response).path("detail").asText()).contains("larger than 2048 bytes");
        assertThat(channel.isOpen()).isFalse();
        response.release();
    }

    @Test
    void shouldAnswerAnUnreadableRequestWith400AndClose()
    {
        final FullHttpRequest broken = request(HttpMethod.GET, "/health", null, null);
        broken.setDecoderResult(DecoderResult.failure(new IllegalArgumentException("header line too long")));

        final FullHttpResponse response = exchange(broken);

        assertThat(response.status().code()).isEqualTo(400);
        assertThat(body(response).path("detail").asText()).contains("header line too long");
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void shouldTurnAFailingRouteInto500AndKeepServing()
    {
        final FullHttpResponse failed = exchange(request(HttpMethod.GET, "/v1/boom", null, "Bearer " + KEY));
        final FullHttpResponse next = exchange(request(HttpMethod.GET, "/health", null, null));

        assertThat(failed.status().code()).isEqualTo(500);
        assertThat(body(failed).path("detail").asText()).contains("boom");
        assertThat(next.status().code()).isEqualTo(200);
    }

    @Test
    void routerShouldBindPathParametersAndListAllowedMethods()
    {
        metrics = new Metrics(engine, CLOCK);
        final Router router = Routes.register(new Router(), advice);

        final Router.Match match = router.match(HttpMethod.POST, "/v1/engineers/E-1/location");
        final Router.Match wrongMethod = router.match(HttpMethod.POST, "/v1/tickets/T-1");

        assertThat(match.params()).containsEntry("id", "E-1");
        assertThat(match.route().roles()).isEqualTo(Router.writers());
        assertThat(wrongMethod.route()).isNull();
        assertThat(wrongMethod.allowed()).containsExactly(HttpMethod.GET, HttpMethod.PATCH, HttpMethod.DELETE);
        assertThat(router.match(HttpMethod.GET, "/health").route().roles()).isEqualTo(Set.of());
    }

    private FullHttpResponse exchange(final FullHttpRequest request)
    {
        channel.writeInbound(request);
        final FullHttpResponse[] response = new FullHttpResponse[1];
        await().atMost(10, TimeUnit.SECONDS).until(() ->
        {
            channel.runPendingTasks();
            response[0] = channel.readOutbound();
            return response[0] != null;
        });
        return response[0];
    }

    private static FullHttpRequest request(final HttpMethod method, final String uri, final String json, final String authorization)
    {
        final FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, uri,
            json == null ? Unpooled.EMPTY_BUFFER : Unpooled.copiedBuffer(json, StandardCharsets.UTF_8));
        request.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, request.content().readableBytes());
        if (authorization != null)
        {
            request.headers().set(HttpHeaderNames.AUTHORIZATION, authorization);
        }
        return request;
    }

    private static JsonNode body(final FullHttpResponse response)
    {
        try
        {
            return Json.MAPPER.readTree(response.content().toString(StandardCharsets.UTF_8));
        }
        catch (final Exception ex)
        {
            throw new AssertionError(ex);
        }
    }

    private static void awaitQuietly(final CountDownLatch latch)
    {
        try
        {
            latch.await(10, TimeUnit.SECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }
}
