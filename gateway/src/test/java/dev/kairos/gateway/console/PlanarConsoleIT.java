package dev.kairos.gateway.console;

import dev.kairos.gateway.Api;
import dev.kairos.gateway.ServerContext;
import dev.kairos.gateway.TestServer;
import dev.kairos.solver.domain.Area;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.By;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The console on a planar server: {x, y} locations are drawn on the map, spread over it, without a latitude squeeze. */
class PlanarConsoleIT
{
    @TempDir
    Path data;

    @Test
    void shouldDrawXAndYLocationsAcrossTheMapAndOpenATicketAtXAndY() throws Exception
    {
        try (TestServer server = new TestServer(new ServerContext().port(0).dataFolder(data).optimiser(false)
                .area(Area.planar(60_000)));
            Browser browser = Browser.open(1200, 800))
        {
            final Api api = server.api();
            for (final int[] at : new int[][] {{0, 0}, {100, 0}, {0, 100}})
            {
                assertThat(api.send("PUT", "/v1/engineers/E-" + at[0] + "-" + at[1], """
                    {"name":"Ada","home":{"x":%d,"y":%d},"skills":["hvac"],
                     "shift":{"start":"2026-11-23T08:00:00Z","end":"2026-11-23T18:00:00Z"}}""".formatted(at[0], at[1]))
                    .status()).isEqualTo(201);
            }
            browser.driver().get(server.server().url() + "/console");
            browser.driver().findElement(By.id("api-key")).sendKeys(TestServer.ADMIN_KEY, Keys.ENTER);
            browser.await("the map shows the three engineers", 15, b -> "3".equals(b.data("map", "engineers")));

            final List<Map<String, Number>> points = browser.js("""
                const project = kairosConsole.map.projection.projector();
                return ['E-0-0', 'E-100-0', 'E-0-100'].map(id => {
                  const e = kairosConsole.engineer(id); return project(e.location || e.home, {});
                });""");
            final Map<String, Number> origin = points.get(0);
            final Map<String, Number> east = points.get(1);
            final Map<String, Number> north = points.get(2);
            assertThat(east.get("x").doubleValue() - origin.get("x").doubleValue()).as("x grows to the right").isPositive();
            assertThat(north.get("y").doubleValue() - origin.get("y").doubleValue()).as("y grows upwards").isNegative();
            assertThat(east.get("x").doubleValue() - origin.get("x").doubleValue())
                .as("one unit is as long across as up: no latitude squeeze on a plane")
                .isCloseTo(origin.get("y").doubleValue() - north.get("y").doubleValue(), org.assertj.core.data.Offset.offset(1.0));

            browser.driver().findElement(By.id("new-ticket-open")).click();
            assertThat(browser.driver().findElement(By.id("nt-location")).getAttribute("value"))
                .as("the form starts at the middle of the plane, x then y").isEqualTo("50, 50");
            browser.driver().findElement(By.id("nt-location")).clear();
            browser.driver().findElement(By.id("nt-location")).sendKeys("20, 70");
            browser.driver().findElement(By.id("nt-title")).sendKeys("on the plane", Keys.ENTER);
            browser.await("the new ticket opens in the drawer", 10, b -> "T-1".equals(b.data("drawer", "ticketId")));
            final com.fasterxml.jackson.databind.JsonNode location = api.get("/v1/tickets/T-1").body().path("location");
            assertThat(location.path("x").asDouble()).isEqualTo(20);
            assertThat(location.path("y").asDouble()).isEqualTo(70);
        }
    }
}
