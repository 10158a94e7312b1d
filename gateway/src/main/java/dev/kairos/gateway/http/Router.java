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
    /** Each route's template cut into segments once, in the order of {@link #routes}. */
    private final List<Template> templates = new ArrayList<>();

    public Router add(final HttpMethod method, final String template, final Set<Role> roles, final RouteHandler handler)
    {
        final Route route = new Route(method, template, Set.copyOf(roles), handler);
        routes.add(route);
        templates.add(Template.of(route));
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

    /**
     * The route for this method and path, or a match with a null route and the methods the path allows.
     * Cuts nothing out of the path but the parameters of the route it returns: splitting the path and
     * every template on each request was most of what the event loop allocated under load.
     */
    public Match match(final HttpMethod method, final String path)
    {
        final int end = path.length() > 1 && path.endsWith("/") ? path.length() - 1 : path.length();
        final int[] bounds = bounds(path, end);
        List<HttpMethod> allowed = null;
        for (final Template template : templates)
        {
            if (!template.matches(path, bounds))
            {
                continue;
            }
            if (template.route.method().equals(method))
            {
                return new Match(template.route, template.bind(path, bounds), List.of());
            }
            if (allowed == null)
            {
                allowed = new ArrayList<>();
            }
            allowed.add(template.route.method());
        }
        return new Match(null, Map.of(), allowed == null ? List.of() : allowed);
    }

    /**
     * Where each segment of {@code path[1, end)} starts, then {@code end + 1}: segment i is
     * {@code [bounds[i], bounds[i + 1] - 1)}. Segments may be empty, as {@code split("/", -1)} gives them.
     */
    private static int[] bounds(final String path, final int end)
    {
        int segments = 1;
        for (int i = 1; i < end; i++)
        {
            if (path.charAt(i) == '/')
            {
                segments++;
            }
        }
        final int[] bounds = new int[segments + 1];
        int next = 0;
        bounds[next++] = Math.min(1, end);
        for (int i = 1; i < end; i++)
        {
            if (path.charAt(i) == '/')
            {
                bounds[next++] = i + 1;
            }
        }
        bounds[next] = Math.max(end, 1) + 1;
        return bounds;
    }

    /** A template's segments: literals to compare, or the names of the parameters they bind (null for literals). */
    private record Template(Route route, String[] parts, String[] names)
    {
        static Template of(final Route route)
        {
            final String template = route.template();
            final String trimmed = template.length() > 1 && template.endsWith("/") ?
                template.substring(0, template.length() - 1) : template;
            final String[] parts = trimmed.substring(1).split("/", -1);
            final String[] names = new String[parts.length];
            for (int i = 0; i < parts.length; i++)
            {
                final String part = parts[i];
                if (part.startsWith("{") && part.endsWith("}"))
                {
                    names[i] = part.substring(1, part.length() - 1);
                }
            }
            return new Template(route, parts, names);
        }

        boolean matches(final String path, final int[] bounds)
        {
            if (parts.length != bounds.length - 1)
            {
                return false;
            }
            for (int i = 0; i < parts.length; i++)
            {
                if (names[i] != null)
                {
                    continue;
                }
                final int from = bounds[i];
                final int length = bounds[i + 1] - 1 - from;
                if (length != parts[i].length() || !path.regionMatches(from, parts[i], 0, length))
                {
                    return false;
                }
            }
            return true;
        }

        Map<String, String> bind(final String path, final int[] bounds)
        {
            Map<String, String> params = Map.of();
            for (int i = 0; i < parts.length; i++)
            {
                if (names[i] != null)
                {
                    if (params.isEmpty())
                    {
                        params = new LinkedHashMap<>();
                    }
                    params.put(names[i], path.substring(bounds[i], bounds[i + 1] - 1));
                }
            }
            return params;
        }
    }
}
