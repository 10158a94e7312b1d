package dev.kairos.gateway.docs;

import dev.kairos.gateway.http.Exchange;
import dev.kairos.gateway.http.Problem;
import dev.kairos.gateway.http.Router;
import io.netty.handler.codec.http.HttpMethod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@code GET /openapi.json}, {@code GET /docs} and the few Swagger UI files the page loads; all public. */
public final class DocsRoutes
{
    /** The only files served under /docs/: a name is looked up here, never joined into a path. */
    static final Map<String, String> FILES = Map.of(
        "swagger-ui.css", "text/css; charset=utf-8",
        "index.css", "text/css; charset=utf-8",
        "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
        "swagger-ui-standalone-preset.js", "text/javascript; charset=utf-8");

    private static final String PAGE = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Kairos API</title>
          <link rel="stylesheet" href="/docs/swagger-ui.css">
          <link rel="stylesheet" href="/docs/index.css">
        </head>
        <body>
          <div id="swagger-ui"></div>
          <script src="/docs/swagger-ui-bundle.js"></script>
          <script src="/docs/swagger-ui-standalone-preset.js"></script>
          <script>
            window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui",
              presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout"});
          </script>
        </body>
        </html>
        """;

    private DocsRoutes()
    {
    }

    public static Router register(final Router router)
    {
        final OpenApi openApi = OpenApi.load();
        final String webJar = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
        final Map<String, String> cache = new ConcurrentHashMap<>();
        router.add(HttpMethod.GET, "/openapi.json", Set.of(), exchange ->
            exchange.replyText("application/json", openApi.json()));
        router.add(HttpMethod.GET, "/docs", Set.of(), exchange -> exchange.replyText("text/html; charset=utf-8", PAGE));
        router.add(HttpMethod.GET, "/docs/{file}", Set.of(), exchange ->
        {
            final String file = exchange.pathParam("file");
            final String type = FILES.get(file);
            if (type == null)
            {
                exchange.reply(Problem.notFound("no file " + file + " under /docs; the page loads " + FILES.keySet()));
                return;
            }
            exchange.replyText(type, cache.computeIfAbsent(file, name -> resource(webJar + name)));
        });
        return router;
    }

    private static String swaggerUiVersion()
    {
        final Properties properties = new Properties();
        try (InputStream in = resourceStream("META-INF/maven/org.webjars/swagger-ui/pom.properties"))
        {
            properties.load(in);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return properties.getProperty("version");
    }

    private static String resource(final String name)
    {
        try (InputStream in = resourceStream(name))
        {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    private static InputStream resourceStream(final String name)
    {
        final InputStream in = DocsRoutes.class.getClassLoader().getResourceAsStream(name);
        if (in == null)
        {
            throw new IllegalStateException(name + " is not on the classpath: the swagger-ui WebJar is missing");
        }
        return in;
    }
}
