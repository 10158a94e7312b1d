package dev.kairos.gateway.push;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.http.Exchange;
import dev.kairos.gateway.http.Exchange.Reply;
import dev.kairos.gateway.http.FieldError;
import dev.kairos.gateway.http.Json;
import dev.kairos.gateway.http.Problem;
import dev.kairos.gateway.http.ProblemException;
import dev.kairos.gateway.http.Router;
import dev.kairos.solver.command.PutWebhook;
import dev.kairos.solver.domain.Role;
import io.netty.handler.codec.http.HttpMethod;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code PUT /v1/webhooks/{id}} {@code {url, types, secret}} (201 created, 200 replaced),
 * {@code GET /v1/webhooks/{id}} (never the secret; with delivery progress) and
 * {@code DELETE /v1/webhooks/{id}}. Registrations are journaled; reads answer from what the
 * journal tail has read, a few milliseconds behind the engine. Event-loop threads only.
 */
final class WebhookRoutes
{
    static final int MAX_URL = 2_048;
    static final int MIN_SECRET = 16;
    static final int MAX_SECRET = 256;
    private static final Set<Role> MANAGERS = EnumSet.of(Role.ADMIN, Role.INTEGRATION);
    private static final Set<String> FIELDS = Set.of("url", "types", "secret");

    private WebhookRoutes()
    {
    }

    static Router register(final Router router, final Webhooks webhooks)
    {
        router.add(HttpMethod.PUT, "/v1/webhooks/{id}", MANAGERS, exchange ->
        {
            final String id = exchange.id("id");
            final PutWebhook put = decode(id, Json.read(exchange.body()), exchange.receivedAt());
            final boolean known = webhooks.get(id) != null;
            exchange.submit(put, applied -> Reply.of(known ? 200 : 201, view(new Webhook(id, put.url(), put.types(), put.secret(),
                applied.position(), applied.position()), null)));
        });
        router.add(HttpMethod.GET, "/v1/webhooks/{id}", MANAGERS, exchange ->
        {
            final Webhook webhook = webhooks.get(exchange.id("id"));
            reply(exchange, webhook == null ? Reply.of(Problem.notFound("no webhook " + exchange.id("id")))
                : Reply.of(200, view(webhook, webhooks.status(webhook.id()))));
        });
        router.add(HttpMethod.DELETE, "/v1/webhooks/{id}", MANAGERS, exchange ->
        {
            final String id = exchange.id("id");
            if (webhooks.get(id) == null)
            {
                exchange.reply(Problem.notFound("no webhook " + id));
                return;
            }
            exchange.submit(new PutWebhook(exchange.receivedAt(), id, null, List.of(), null),
                applied -> Reply.of(200, Map.of("id", id, "removed", true, "position", applied.position())));
        });
        return router;
    }

    private static void reply(final Exchange exchange, final Reply reply)
    {
        if (reply.problem() != null)
        {
            exchange.reply(reply.problem());
        }
        else
        {
            exchange.reply(reply.status(), reply.body());
        }
    }

    private static Map<String, Object> view(final Webhook webhook, final Webhooks.Status status)
    {
        final Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", webhook.id());
        view.put("url", webhook.url());
        view.put("types", webhook.types());
        view.put("position", webhook.registeredAt());
        view.put("deliveredThrough", status == null ? webhook.deliveredThrough() : Math.max(status.delivered(), webhook.deliveredThrough()));
        view.put("failures", status == null ? 0 : status.failures());
        view.put("lastError", status == null ? null : status.lastError());
        return view;
    }

    static PutWebhook decode(final String id, final JsonNode body, final long at)
    {
        final List<FieldError> errors = new ArrayList<>();
        final Iterator<String> names = body.fieldNames();
        while (names.hasNext())
        {
            final String name = names.next();
            if (!FIELDS.contains(name))
            {
                errors.add(new FieldError(name, body.get(name), "unknown field"));
            }
        }
        final String url = body.path("url").isTextual() ? body.path("url").asText() : null;
        if (url == null || !isHttpUrl(url))
        {
            errors.add(new FieldError("url", body.get("url"), "must be an absolute http or https URL of up to " + MAX_URL + " characters"));
        }
        final List<String> types = new ArrayList<>();
        final JsonNode typeNodes = body.get("types");
        if (typeNodes == null || !typeNodes.isArray() || typeNodes.isEmpty() || typeNodes.size() > 64)
        {
            errors.add(new FieldError("types", typeNodes, "must list 1 to 64 event types (names, or families such as \"plan.*\")"));
        }
        else
        {
            for (final JsonNode type : typeNodes)
            {
                if (!type.isTextual() || Subscription.typesNamed(type.asText()).isEmpty())
                {
                    errors.add(new FieldError("types", type, "unknown event type"));
                }
                else
                {
                    types.add(type.asText());
                }
            }
        }
        final String secret = body.path("secret").isTextual() ? body.path("secret").asText() : null;
        if (secret == null || secret.length() < MIN_SECRET || secret.length() > MAX_SECRET)
        {
            // Never echo a secret back, even a bad one.
            errors.add(new FieldError("secret", null, "must be a text of " + MIN_SECRET + " to " + MAX_SECRET + " characters"));
        }
        if (!errors.isEmpty())
        {
            throw new ProblemException(Problem.validation(errors));
        }
        return new PutWebhook(at, id, url, types, secret);
    }

    private static boolean isHttpUrl(final String url)
    {
        if (url.length() > MAX_URL)
        {
            return false;
        }
        try
        {
            final URI uri = new URI(url);
            return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        }
        catch (final URISyntaxException ex)
        {
            return false;
        }
    }
}
