package dev.kairos.gateway.auth;

import dev.kairos.solver.domain.Role;
import io.netty.handler.codec.http.HttpMethod;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.kairos.solver.domain.Role.ADMIN;
import static dev.kairos.solver.domain.Role.DISPATCHER;
import static dev.kairos.solver.domain.Role.ENGINEER;
import static dev.kairos.solver.domain.Role.INTEGRATION;
import static dev.kairos.solver.domain.Role.READ_ONLY;

/**
 * Which role may call which route: one table for the whole API, the README's roles table. A route
 * missing here keeps the roles it was registered with, except for ENGINEER keys (they only get
 * what is listed, since each listed route checks the engineer's own tickets) and region-scoped keys
 * (a route that does not filter by region could show other regions). Read from any thread.
 */
public final class Access
{
    /**
     * Routes whose answer sums over every region and cannot be cut to a region's share (Prometheus
     * counters and gauges of the whole server): a region-scoped key may not call them. The plan, the
     * KPIs and the at-risk list are filtered to the key's regions instead (api/RegionScope).
     */
    private static final Set<String> ALL_REGIONS = Set.of("GET /metrics");

    private static final Map<String, Set<Role>> TABLE = table();
    /** The same table by method, then template: looked up on every request without building its "METHOD template" key. */
    private static final Map<String, Map<String, Set<Role>>> BY_METHOD = byMethod();

    private Access()
    {
    }

    private static Map<String, Set<Role>> table()
    {
        final Map<String, Set<Role>> table = new HashMap<>();
        final Set<Role> all = EnumSet.allOf(Role.class);
        put(table, all, "GET /v1/tickets", "GET /v1/tickets/{id}", "GET /v1/tickets/{id}/events",
            "POST /v1/stream-tokens");
        put(table, EnumSet.of(ADMIN, DISPATCHER, INTEGRATION), "POST /v1/tickets", "PATCH /v1/tickets/{id}",
            "DELETE /v1/tickets/{id}");
        for (final String step : List.of("accept", "en-route", "on-site", "waiting-customer", "waiting-parts", "complete",
            "resume", "reopen"))
        {
            put(table, EnumSet.of(ADMIN, DISPATCHER, ENGINEER), "POST /v1/tickets/{id}/" + step);
        }
        put(table, EnumSet.of(ADMIN, DISPATCHER), "PUT /v1/tickets/{id}/pin", "DELETE /v1/tickets/{id}/pin",
            "PUT /v1/engineers/{id}", "PUT /v1/depots/{id}", "PUT /v1/sla-policies/{id}", "DELETE /v1/sla-policies/{id}",
            "PUT /v1/calendars/{name}");
        put(table, EnumSet.of(ADMIN, DISPATCHER, READ_ONLY, ENGINEER), "GET /v1/tickets/{id}/explanation",
            "GET /v1/engineers/{id}", "GET /v1/engineers/{id}/route");
        put(table, EnumSet.of(ADMIN, DISPATCHER, ENGINEER), "POST /v1/engineers/{id}/location", "POST /v1/engineers/{id}/status");
        put(table, EnumSet.of(ADMIN, DISPATCHER, READ_ONLY), "GET /v1/engineers", "GET /v1/depots/{id}", "GET /v1/plan",
            "GET /v1/kpis", "GET /v1/sla/at-risk");
        put(table, EnumSet.of(ADMIN, DISPATCHER, INTEGRATION, READ_ONLY), "GET /metrics", "POST /v1/recommendations",
            "GET /v1/sla-policies", "GET /v1/sla-policies/{id}", "GET /v1/calendars", "GET /v1/calendars/{name}");
        put(table, EnumSet.of(ADMIN, INTEGRATION), "PUT /v1/webhooks/{id}", "GET /v1/webhooks/{id}", "DELETE /v1/webhooks/{id}");
        // Parts and shifts: an engineer reads its own van, picks parts up at a depot and starts and ends its shift.
        put(table, EnumSet.of(ADMIN, DISPATCHER, READ_ONLY, ENGINEER), "GET /v1/engineers/{id}/stock");
        put(table, EnumSet.of(ADMIN, DISPATCHER), "PUT /v1/engineers/{id}/stock");
        put(table, EnumSet.of(ADMIN, DISPATCHER, ENGINEER), "POST /v1/engineers/{id}/stock/transfer",
            "POST /v1/engineers/{id}/shift/start", "POST /v1/engineers/{id}/shift/end");
        put(table, EnumSet.of(ADMIN, DISPATCHER, INTEGRATION), "POST /v1/depots/{id}/restock");
        put(table, EnumSet.of(ADMIN), "POST /v1/api-keys", "GET /v1/api-keys", "GET /v1/api-keys/{id}",
            "DELETE /v1/api-keys/{id}");
        return Map.copyOf(table);
    }

    private static Map<String, Map<String, Set<Role>>> byMethod()
    {
        final Map<String, Map<String, Set<Role>>> byMethod = new HashMap<>();
        TABLE.forEach((route, roles) ->
        {
            final int space = route.indexOf(' ');
            byMethod.computeIfAbsent(route.substring(0, space), method -> new HashMap<>()).put(route.substring(space + 1), roles);
        });
        byMethod.replaceAll((method, templates) -> Map.copyOf(templates));
        return Map.copyOf(byMethod);
    }

    private static void put(final Map<String, Set<Role>> table, final Set<Role> roles, final String... routes)
    {
        for (final String route : routes)
        {
            table.put(route, Set.copyOf(roles));
        }
    }

    /** The roles the table gives a route, or null when it does not list it. */
    public static Set<Role> listed(final HttpMethod method, final String template)
    {
        final Map<String, Set<Role>> byTemplate = BY_METHOD.get(method.name());
        return byTemplate == null ? null : byTemplate.get(template);
    }

    /** Every route the table lists, as "METHOD template". */
    public static Set<String> routes()
    {
        return TABLE.keySet();
    }

    /**
     * Null when a key with this role and scope may call the route, else why not (a 403).
     * {@code registered}: the roles the route was registered with.
     */
    public static String refusal(final Role role, final boolean regionScoped, final HttpMethod method, final String template,
                                 final Set<Role> registered)
    {
        final Set<Role> listed = listed(method, template);
        if (listed == null ? role == ENGINEER || !registered.contains(role) : !listed.contains(role))
        {
            return "a " + role + " key may not " + method + " " + template;
        }
        if (regionScoped && (listed == null || ALL_REGIONS.contains(method.name() + " " + template)))
        {
            return "a region-scoped key may not " + method + " " + template + ": it is not filtered by region";
        }
        return null;
    }
}
