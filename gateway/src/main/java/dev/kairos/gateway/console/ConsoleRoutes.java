package dev.kairos.gateway.console;

import dev.kairos.gateway.http.Exchange;
import dev.kairos.gateway.http.Problem;
import dev.kairos.gateway.http.Router;
import io.netty.handler.codec.http.HttpMethod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /console} and {@code GET /console/{file}}: the dispatch console's static files, read
 * from the jar once at start. Public like {@code /health}, because the page holds no data: it logs
 * in with an API key and reads everything through the public API and stream like any client.
 * Only the files named here are served, so no path a client sends can reach anything else.
 */
public final class ConsoleRoutes
{
    /** Every file of the console; {@code ConsoleRoutesTest} checks this against the resource folder. */
    static final List<String> FILES = List.of(
        "index.html", "console.css", "app.js", "api.js", "stream.js", "store.js", "projection.js", "sprites.js", "map.js",
        "timeline.js", "board.js", "kpis.js", "drawer.js", "newticket.js");

    private static final Map<String, String> TYPES = Map.of(
        "html", "text/html; charset=utf-8",
        "css", "text/css; charset=utf-8",
        "js", "text/javascript; charset=utf-8");

    private ConsoleRoutes()
    {
    }

    public static Router register(final Router router)
    {
        final Map<String, String> files = load();
        router.add(HttpMethod.GET, "/console", Set.of(), exchange -> serve(exchange, files, "index.html"));
        router.add(HttpMethod.GET, "/console/{file}", Set.of(), exchange -> serve(exchange, files, exchange.id("file")));
        return router;
    }

    private static void serve(final Exchange exchange, final Map<String, String> files, final String name)
    {
        final String text = files.get(name);
        if (text == null)
        {
            exchange.reply(Problem.notFound("no console file " + name));
            return;
        }
        exchange.replyText(TYPES.get(name.substring(name.lastIndexOf('.') + 1)), text);
    }

    static Map<String, String> load()
    {
        final Map<String, String> files = new LinkedHashMap<>();
        for (final String name : FILES)
        {
            try (InputStream in = ConsoleRoutes.class.getResourceAsStream("/console/" + name))
            {
                if (in == null)
                {
                    throw new IllegalStateException("console file missing from the jar: " + name);
                }
                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException(ex);
            }
        }
        return Map.copyOf(files);
    }
}
