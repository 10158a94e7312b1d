package dev.kairos.gateway.http;

import dev.kairos.solver.domain.Role;
import io.netty.handler.codec.http.HttpMethod;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching by method and template without cutting the path into strings, as the split-based matcher did. */
class RouterTest
{
    private static final RouteHandler NOTHING = exchange ->
    {
    };

    private final Router router = new Router()
        .add(HttpMethod.GET, "/health", Set.of(), NOTHING)
        .add(HttpMethod.GET, "/v1/tickets", Router.anyRole(), NOTHING)
        .add(HttpMethod.POST, "/v1/tickets", Router.writers(), NOTHING)
        .add(HttpMethod.GET, "/v1/tickets/{id}", Router.anyRole(), NOTHING)
        .add(HttpMethod.PATCH, "/v1/tickets/{id}", Router.writers(), NOTHING)
        .add(HttpMethod.POST, "/v1/engineers/{id}/location", Set.of(Role.DISPATCHER), NOTHING)
        .add(HttpMethod.GET, "/v1/parts/{depot}/{sku}", Router.anyRole(), NOTHING);

    @Test
    void shouldBindEachParameterOfTheMatchedTemplate()
    {
        final Router.Match match = router.match(HttpMethod.GET, "/v1/parts/north/sku-7");

        assertThat(match.route().template()).isEqualTo("/v1/parts/{depot}/{sku}");
        assertThat(match.params()).containsExactly(Map.entry("depot", "north"), Map.entry("sku", "sku-7"));
        assertThat(match.allowed()).isEmpty();
    }

    @Test
    void shouldMatchLiteralsExactlyAndNotByPrefix()
    {
        assertThat(router.match(HttpMethod.POST, "/v1/engineers/e-1/location").params()).containsEntry("id", "e-1");
        assertThat(router.match(HttpMethod.POST, "/v1/engineers/e-1/locations").route()).isNull();
        assertThat(router.match(HttpMethod.POST, "/v1/engineers/e-1/locatio").route()).isNull();
        assertThat(router.match(HttpMethod.GET, "/v1/ticket").route()).isNull();
        assertThat(router.match(HttpMethod.GET, "/v1/tickets/a/b").route()).isNull();
        assertThat(router.match(HttpMethod.GET, "/healthz").route()).isNull();
    }

    @Test
    void shouldIgnoreOneTrailingSlash()
    {
        assertThat(router.match(HttpMethod.GET, "/v1/tickets/").route().template()).isEqualTo("/v1/tickets");
        assertThat(router.match(HttpMethod.GET, "/v1/tickets/t-9/").params()).containsExactly(Map.entry("id", "t-9"));
        assertThat(router.match(HttpMethod.GET, "/health").params()).isEmpty();
    }

    @Test
    void shouldBindAnEmptySegmentAsAnEmptyParameter()
    {
        final Router.Match match = router.match(HttpMethod.POST, "/v1/engineers//location");

        assertThat(match.params()).containsExactly(Map.entry("id", ""));
    }

    @Test
    void shouldListTheAllowedMethodsWhenOnlyTheMethodDiffers()
    {
        final Router.Match match = router.match(HttpMethod.DELETE, "/v1/tickets/t-1");

        assertThat(match.route()).isNull();
        assertThat(match.allowed()).containsExactly(HttpMethod.GET, HttpMethod.PATCH);
        assertThat(router.match(HttpMethod.GET, "/nowhere").allowed()).isEmpty();
        assertThat(router.match(HttpMethod.GET, "/").allowed()).isEmpty();
    }
}
