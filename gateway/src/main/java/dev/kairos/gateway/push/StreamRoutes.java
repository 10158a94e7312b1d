package dev.kairos.gateway.push;

import dev.kairos.gateway.http.Problem;
import dev.kairos.gateway.http.Router;
import io.netty.handler.codec.http.HttpMethod;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.kairos.gateway.http.Router.anyRole;

/**
 * {@code POST /v1/stream-tokens}: a one-time token for a browser to open {@code /v1/stream?token=},
 * since browsers cannot set an Authorization header on a WebSocket. Event-loop threads only.
 */
final class StreamRoutes
{
    private StreamRoutes()
    {
    }

    static Router register(final Router router, final StreamTokens tokens)
    {
        return router.add(HttpMethod.POST, "/v1/stream-tokens", anyRole(), exchange ->
        {
            final StreamTokens.Issued issued = tokens.issue(exchange.apiKey());
            if (issued == null)
            {
                exchange.reply(Problem.of(503, "overloaded", "Overloaded", "too many stream tokens outstanding; retry shortly"));
                return;
            }
            final Map<String, Object> body = new LinkedHashMap<>();
            body.put("token", issued.token());
            body.put("expiresAt", Instant.ofEpochMilli(issued.expiresAt()).toString());
            body.put("url", StreamUpgrade.PATH + "?token=" + issued.token());
            exchange.reply(201, body);
        });
    }
}
