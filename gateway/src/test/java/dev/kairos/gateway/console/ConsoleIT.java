package dev.kairos.gateway.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.Api;
import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in headless chromium against a real server: login, the map's engineers and a new
 * ticket arriving over the stream, a pin made with the keyboard alone seen by a second console,
 * a resume after a dropped stream, a breach marked, and a ticket opened pinned from the new-ticket
 * form. Every wait is bounded and polls page state (the map's data attributes and
 * {@code window.kairosConsole}), never pixels or fixed sleeps.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT
{
    @TempDir
    static Path data;

    private static TestServer server;
    private static Api api;
    private static Browser first;
    private static Browser second;

    @BeforeAll
    static void start() throws Exception
    {
        server = new TestServer(data);
        api = server.api();
        for (int i = 1; i <= 3; i++)
        {
            final String body = Bodies.engineer("Engineer " + i).replace("\"lat\":51.5,", "\"lat\":" + (51.48 + i * 0.02) + ",");
            assertThat(api.send("PUT", "/v1/engineers/E-" + i, body).status()).isEqualTo(201);
        }
        for (int i = 1; i <= 2; i++)
        {
            assertThat(api.send("POST", "/v1/tickets", Bodies.ticket("seed " + i)).status()).isEqualTo(201);
        }
        first = Browser.open(1400, 900);
        second = Browser.open(1280, 800);
    }

    @AfterAll
    static void stop()
    {
        for (final AutoCloseable closeable : new AutoCloseable[] {first, second, server})
        {
            try
            {
                if (closeable != null)
                {
                    closeable.close();
                }
            }
            catch (final Exception ex)
            {
                // the others still close
            }
        }
    }

    @Test
    @Order(0)
    void shouldServeTheConsoleWithoutAKeyButNotTheApi() throws Exception
    {
        final Api anonymous = new Api(server.server().url(), null);
        final Api.Response page = anonymous.get("/console");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.raw().body()).contains("<canvas id=\"map\"");
        assertThat(anonymous.get("/console/app.js").contentType()).startsWith("text/javascript");
        assertThat(anonymous.get("/console/ConsoleRoutes.class").status()).isEqualTo(404);
        assertThat(anonymous.get("/console/..%2Fapi-key.txt").status()).isNotEqualTo(200);
        assertThat(anonymous.get("/v1/engineers").status()).isEqualTo(401);
    }

    @Test
    @Order(1)
    void shouldLogInShowEngineersAndPaintATicketCreatedOverTheApi() throws Exception
    {
        first.driver().get(server.server().url() + "/console");
        first.driver().findElement(By.id("api-key")).sendKeys("not-a-key");
        first.driver().findElement(By.cssSelector("#login-form button")).click();
        first.await("a refused key is reported", 10, b -> b.text("login-error").contains("not known"));

        login(first);
        first.await("the map shows the three engineers and two tickets", 15, b ->
            "3".equals(b.data("map", "engineers")) && "2".equals(b.data("map", "tickets")));
        first.await("the stream is live", 10, b -> "live".equals(b.data("stream-state", "state")));
        assertThat(first.<String>js("return kairosConsole.engineer('E-2').status")).isEqualTo("AVAILABLE");

        final JsonNode created = api.send("POST", "/v1/tickets", Bodies.ticket("arrives live")).body();
        final String id = created.path("id").asText();
        final long position = created.path("position").asLong();
        first.await(id + " is painted on the map", 10, b ->
            b.js("return kairosConsole.ticket(arguments[0]) !== null", id).equals(Boolean.TRUE)
                && Long.parseLong(b.data("map", "position")) >= position);
        assertThat(first.data("map", "tickets")).isEqualTo("3");
        first.await("the timeline has a row per engineer", 10, b -> "3".equals(b.data("timeline", "rows")));
        first.await("the KPI strip shows the backlog", 10, b ->
            b.driver().findElement(By.cssSelector("[data-kpi=backlog]")).getAttribute("data-value").equals("3"));
        first.screenshot("console-map");
    }

    @Test
    @Order(2)
    void shouldPinWithTheKeyboardAloneAndShowTheNewPlanOnASecondConsole() throws Exception
    {
        second.driver().get(server.server().url() + "/console");
        login(second);
        second.await("the second console has loaded", 15, b -> "3".equals(b.data("map", "tickets")));
        second.await("the second console is live", 10, b -> "live".equals(b.data("stream-state", "state")));

        final String ticket = "T-1";
        final String current = api.get("/v1/tickets/" + ticket).body().path("assignment").path("engineerId").asText();
        final String target = current.equals("E-3") ? "E-1" : "E-3";

        first.driver().navigate().refresh();
        first.await("the saved session logs straight in", 15, b -> "live".equals(b.data("stream-state", "state")));
        tabTo(first, "open-ticket-id");
        keys(first, ticket, Keys.ENTER);
        first.await("the drawer opens on " + ticket, 10, b -> ticket.equals(b.data("drawer", "ticketId"))
            && current.equals(b.data("drawer", "engineer")));
        tabTo(first, "pin-engineer");
        new Actions(first.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(target, Keys.ENTER).perform();

        second.await("the second console sees " + ticket + " pinned to " + target, 10, b ->
            target.equals(b.js("const t = kairosConsole.ticket(arguments[0]); return t && t.pinnedTo", ticket))
                && target.equals(b.js("return kairosConsole.ticket(arguments[0]).engineerId", ticket)));
        assertThat(api.get("/v1/tickets/" + ticket).body().path("assignment").path("engineerId").asText()).isEqualTo(target);
        first.await("the drawer shows the pin", 10, b -> target.equals(b.data("drawer", "pinnedTo")));
        first.screenshot("console-drawer");
        final Number paint = first.await("the pin's call-to-paint time is recorded", 10, b ->
            b.js("const l = kairosConsole.latencies.find(x => x.name === 'pin'); return l ? l.ms : null"));
        System.out.printf("console: pin API call to paint %.1f ms%n", paint.doubleValue());

        keys(first, Keys.ESCAPE);
        first.await("Escape closes the drawer and returns focus", 5, b ->
            b.driver().findElement(By.id("drawer")).getAttribute("hidden") != null
                && "open-ticket-id".equals(b.js("return document.activeElement.id")));
    }

    @Test
    @Order(3)
    void shouldResumeFromItsLastPositionAfterTheStreamDrops() throws Exception
    {
        final long connects = first.<Number>js("return kairosConsole.connects()").longValue();
        first.js("kairosConsole.dropStream()");
        final String id = api.send("POST", "/v1/tickets", Bodies.ticket("while dropped")).text("id");
        first.await("the console reconnects and gets " + id, 15, b ->
            b.<Number>js("return kairosConsole.connects()").longValue() > connects
                && Boolean.TRUE.equals(b.js("return kairosConsole.ticket(arguments[0]) !== null", id)));
    }

    @Test
    @Order(4)
    void shouldChangePriorityAndCancelFromTheDrawerForEveryConsole() throws Exception
    {
        final java.util.Map<String, Number> spot = first.js(
            "const t = kairosConsole.ticket('T-1'); return kairosConsole.map.projection.project(t.location.lat, t.location.lon, {})");
        final org.openqa.selenium.WebElement map = first.driver().findElement(By.id("map"));
        new Actions(first.driver()).moveToElement(map, spot.get("x").intValue() - map.getSize().getWidth() / 2,
            spot.get("y").intValue() - map.getSize().getHeight() / 2).click().perform();
        first.await("a click on the map opens T-1", 10, b -> "T-1".equals(b.data("drawer", "ticketId")));
        first.driver().findElement(By.id("open-ticket-id")).clear();
        first.driver().findElement(By.id("open-ticket-id")).sendKeys("T-2");
        first.driver().findElement(By.cssSelector("#open-form button")).click();
        first.await("the drawer shows T-2", 10, b -> "T-2".equals(b.data("drawer", "ticketId"))
            && "P2".equals(b.data("drawer", "priority")));
        new org.openqa.selenium.support.ui.Select(first.driver().findElement(By.id("priority-select"))).selectByValue("P1");
        first.driver().findElement(By.cssSelector("#priority-form button[type=submit]")).click();
        second.await("the second console sees T-2 at P1", 10, b ->
            "P1".equals(b.js("return kairosConsole.ticket('T-2').priority")));

        first.driver().findElement(By.id("cancel-ticket")).click();
        assertThat(api.get("/v1/tickets/T-2").text("status")).isNotEqualTo("CANCELLED");
        first.driver().findElement(By.id("cancel-ticket")).click();
        second.await("the second console drops the cancelled T-2", 10, b ->
            b.js("return kairosConsole.ticket('T-2')") == null);
        assertThat(api.get("/v1/tickets/T-2").text("status")).isEqualTo("CANCELLED");
        keys(first, Keys.ESCAPE);
    }

    @Test
    @Order(5)
    void shouldMarkABreachedTicket() throws Exception
    {
        server.advance(Duration.ofHours(9));
        final String id = api.send("POST", "/v1/tickets", Bodies.ticket("poke the clock")).text("id");
        second.await("T-1 is marked breached on the second console", 15, b ->
            Boolean.TRUE.equals(b.js("return kairosConsole.ticket('T-1').breached"))
                && Integer.parseInt(b.data("map", "breached")) >= 1
                && Integer.parseInt(b.data("breached-list", "count")) >= 1);
        second.await("the breached list names T-1", 5, b ->
            !b.driver().findElements(By.cssSelector("#breached-list [data-ticket-id='T-1']")).isEmpty());
        assertThat(second.<Object>js("return kairosConsole.ticket(arguments[0]).breached", id)).isEqualTo(false);
        second.screenshot("console-breached");
    }

    @Test
    @Order(6)
    void shouldOpenATicketPinnedFromTheNewTicketFormAndNameAFieldTheApiRefuses() throws Exception
    {
        final long position = server.position();
        first.driver().findElement(By.id("new-ticket-open")).click();
        fill(first, "nt-engineer", "E-404");
        fill(first, "nt-title", "Boiler from the console");
        first.driver().findElement(By.cssSelector("#new-ticket-form button[type=submit]")).click();
        first.await("the form names the refused field", 10, b -> b.text("nt-error").contains("engineerId"));
        assertThat(server.position()).as("nothing journaled").isEqualTo(position);
        first.screenshot("console-new-ticket");

        fill(first, "nt-engineer", "E-2");
        fill(first, "nt-skills", "hvac");
        first.driver().findElement(By.cssSelector("#new-ticket-form button[type=submit]")).click();
        first.await("the drawer opens on the new ticket, pinned to E-2", 10, b ->
            !"".equals(b.data("drawer", "ticketId")) && "E-2".equals(b.data("drawer", "pinnedTo"))
                && "Boiler from the console".equals(b.js("const t = kairosConsole.ticket(arguments[0]); return t && t.title",
                    b.data("drawer", "ticketId"))));
        final String id = first.data("drawer", "ticketId");
        assertThat(first.driver().findElement(By.id("new-ticket")).getAttribute("open")).as("the form closed").isNull();
        final JsonNode ticket = api.get("/v1/tickets/" + id).body();
        assertThat(ticket.path("pinnedTo").asText()).isEqualTo("E-2");
        assertThat(ticket.path("assignment").path("engineerId").asText()).isEqualTo("E-2");
        second.await("the second console sees " + id + " on E-2", 10, b ->
            "E-2".equals(b.js("const t = kairosConsole.ticket(arguments[0]); return t && t.engineerId", id)));
        keys(first, Keys.ESCAPE);
    }

    private static void fill(final Browser browser, final String id, final String text)
    {
        browser.driver().findElement(By.id(id)).clear();
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }

    private static void login(final Browser browser)
    {
        browser.driver().findElement(By.id("api-key")).clear();
        browser.driver().findElement(By.id("api-key")).sendKeys(TestServer.ADMIN_KEY, Keys.ENTER);
    }

    /** Presses Tab until the element with this id has focus (at most 40 times). */
    private static void tabTo(final Browser browser, final String id)
    {
        for (int i = 0; i < 40; i++)
        {
            if (id.equals(browser.js("return document.activeElement && document.activeElement.id")))
            {
                return;
            }
            keys(browser, Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private static void keys(final Browser browser, final CharSequence... keys)
    {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }
}
