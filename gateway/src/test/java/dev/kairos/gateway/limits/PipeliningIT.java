package dev.kairos.gateway.limits;

import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP/1.1 answers pipelined requests in request order, even when a later request is refused on
 * the event loop while an earlier one is still with the engine.
 */
class PipeliningIT
{
    @TempDir
    static Path data;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception
    {
        server = new TestServer(data);
        assertThat(server.api().send("PUT", "/v1/engineers/E-1", Bodies.engineer("Ada")).status()).isEqualTo(201);
    }

    @AfterAll
    static void stop()
    {
        server.close();
    }

    @RepeatedTest(5)
    void shouldAnswerInRequestOrderWhenARefusalFollowsAnEngineRequest(final org.junit.jupiter.api.RepetitionInfo repetition) throws Exception
    {
        // Titles (and so externalIds, unique per source) differ per repetition.
        final String first = "first-" + repetition.getCurrentRepetition();
        final String second = "second-" + repetition.getCurrentRepetition();
        final String key = TestServer.ADMIN_KEY;
        try (RawHttp http = new RawHttp(server.server().port()))
        {
            http.send(
                RawHttp.request("POST", "/v1/tickets", key, Bodies.ticket(first)),
                RawHttp.request("GET", "/v1/no-such-route", key, null),
                RawHttp.request("POST", "/v1/tickets", key, Bodies.ticket(second)),
                RawHttp.request("GET", "/v1/tickets/T-1", null, null),
                RawHttp.request("POST", "/v1/tickets", key, "{\"title\": "),
                RawHttp.request("GET", "/v1/engineers/E-1", key, null));
            final List<Integer> statuses = new ArrayList<>();
            final List<String> titles = new ArrayList<>();
            for (int i = 0; i < 6; i++)
            {
                final RawHttp.Response response = http.read();
                statuses.add(response.status());
                titles.add(response.json().path("title").asText(response.json().path("name").asText()));
            }
            assertThat(statuses).containsExactly(201, 404, 201, 401, 400, 200);
            assertThat(titles.get(0)).isEqualTo(first);
            assertThat(titles.get(2)).isEqualTo(second);
            assertThat(titles.get(5)).isEqualTo("Ada");
        }
    }
}
