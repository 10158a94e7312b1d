package dev.kairos.gateway.auth;

import dev.kairos.gateway.Api;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The roles table names routes that exist: a renamed route must not silently fall back to its registered roles. */
class AccessTableIT
{
    @TempDir
    Path data;

    @Test
    void shouldListOnlyRoutesTheServerHas() throws Exception
    {
        try (TestServer server = new TestServer(data))
        {
            final Api api = server.api();
            final List<String> missing = new ArrayList<>();
            for (final String route : Access.routes())
            {
                final String method = route.substring(0, route.indexOf(' '));
                final String path = route.substring(route.indexOf(' ') + 1).replace("{id}", "none").replace("{name}", "none");
                // A path the router does not know is 404 "no route" or 405; a known one answers anything else.
                final Api.Response response = api.send(method, path, method.equals("GET") || method.equals("DELETE") ? null : "{}");
                final String detail = response.body() == null ? "" : response.body().path("detail").asText();
                if (response.status() == 405 || detail.startsWith("no route"))
                {
                    missing.add(route);
                }
            }
            assertThat(missing).isEmpty();
        }
    }
}
