package dev.kairos.gateway.http;

import dev.kairos.solver.domain.Role;
import io.netty.handler.codec.http.HttpMethod;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routes by method and path template ({@code /v1/tickets/{id}}). Built once at start, then only
 * read, so any event loop may match against it.
 */
public final class Router
{
    /** A route: which roles may call it (empty = public), and its handler. */
    public record Route(HttpMethod method, String template, Set<Role> roles, RouteHandler handler)
    {
        public boolean isPublic()
        {
            return roles.isEmpty();
        }
    }

    /** A matched route with its path parameters; or, when only the method differs, the allowed methods. */
    public record Match(Route route, Map<String, String> params, List<HttpMethod> allowed)
    {
    }

    private final List<Route> routes = new ArrayList<>();

    public Router add(final HttpMethod method, final String template, final Set<Role> roles, final RouteHandler handler)
    {
        routes.add(new Route(method, template, Set.copyOf(roles), handler));
        return this;
    }

    /** Every role; for routes that only read. */
    public static Set<Role> anyRole()
    {
        return EnumSet.allOf(Role.class);
    }

    /** Every role that may change things. */
    public static Set<Role> writers()
    {
        return EnumSet.complementOf(EnumSet.of(Role.READ_ONLY));
    }

    public List<Route> routes()
    {
        return List.copyOf(routes);
    }

    /** The route for this method and path, or a match with a null route and the methods the path allows. */
    public Match match(final HttpMethod method, final String path)
    {
        final String[] segments = split(path);
        final List<HttpMethod> allowed = new ArrayList<>();
        for (final Route route : routes)
        {
            final Map<String, String> params = bind(split(route.template()), segments);
            if (params == null)
            {
                continue;
            }
            if (route.method().equals(method))
            {
                return new Match(route, params, List.of());
            }
            allowed.add(route.method());
        }
        return new Match(null, Map.of(), allowed);
    }

    private static Map<String, String> bind(final String[] template, final String[] segments)
    {
        if (template.length != segments.length)
        {
            return null;
        }
        Map<String, String> params = Map.of();
        for (int i = 0; i < template.length; i++)
        {
            final String part = template[i];
            if (part.startsWith("{") && part.endsWith("}"))
            {
                if (params.isEmpty())
                {
                    params = new LinkedHashMap<>();
                }
                params.put(part.substring(1, part.length() - 1), segments[i]);
            }
            else if (!part.equals(segments[i]))
            {
                return null;
            }
        }
        return params;
    }

    private static String[] split(final String path)
    {
        final String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(1).split("/", -1);
    }
}
