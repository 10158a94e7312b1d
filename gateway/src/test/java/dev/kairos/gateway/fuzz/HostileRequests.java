package dev.kairos.gateway.fuzz;

import dev.kairos.gateway.Bodies;
import dev.kairos.gateway.limits.RawHttp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A seeded generator of malformed and hostile HTTP requests, every one of them invalid for a
 * reason the server must find: broken JSON, wrong types, huge numbers, bad UTF-8, missing and
 * unknown fields, wrong content types, path traversal, long and strange ids, junk queries, bad
 * keys. Where a mutation might by chance still be valid (a unicode title), it is paired with one
 * that never is (a missing required field), so no generated request may change the journal.
 */
final class HostileRequests
{
    /** One generated request: what it tried (for failure messages) and its bytes. */
    record Hostile(String kind, byte[] bytes)
    {
    }

    private static final List<String> REQUIRED_TICKET_FIELDS = List.of("title", "priority", "location", "durationMinutes");
    private static final List<String> WRONG_VALUES = List.of(
        "true", "null", "[]", "{}", "\"\"", "-1", "0", "1e309", "-1e309", "123456789012345678901234567890",
        "\"NaN\"", "[1,2,3]", "{\"lat\":\"x\"}", "\"\\u0000\"", "\"2026-13-45T99:99:99Z\"", "-0.0000001", "9223372036854775808");
    private static final List<String> STRANGE_TEXT = List.of(
        "\\u0000", "\\ud83d\\ude80", "\\ud800", "\u202e\u0645\u0631\u062d\u0628\u0627", "\u200b\u200d", "\u00e9\u00e8",
        "<script>alert(1)</script>", "'; DROP TABLE tickets; --", "%s%n%x", "\\\\..\\\\..", "\u4e2d\u6587");
    private static final List<String> BAD_IDS = List.of(
        "..", "../../etc/passwd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "a%00b", "%C3%A9", "%ZZ", "T-1;rm", "T 1", "x".repeat(65),
        "y".repeat(2000), "%F0%9F%9A%80", "..%5c..%5cwindows", "T-1%0d%0aX-Injected:%201");
    private static final List<String> CONTENT_TYPES = List.of(
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/json",
        "application/jsonx", "image/png");
    private static final List<String> QUERIES = List.of(
        "/v1/tickets?limit=-5", "/v1/tickets?limit=abc", "/v1/tickets?limit=99999999999999999999", "/v1/tickets?status=BOGUS",
        "/v1/tickets?priority=P0", "/v1/tickets?after=%ZZ", "/v1/tickets?after=../../x", "/v1/kpis?zone=../../etc/passwd",
        "/v1/kpis?zone=%00", "/v1/sla/at-risk?within=forever", "/v1/sla/at-risk?within=-PT1H", "/v1/engineers?limit=0",
        "/v1/tickets?limit=%", "/v1/sla/at-risk?limit=-1");

    private final SplittableRandom random;
    private final String key;

    HostileRequests(final long seed, final String key)
    {
        this.random = new SplittableRandom(seed);
        this.key = key;
    }

    Hostile next()
    {
        return switch (random.nextInt(15))
        {
            case 0 -> post("truncated JSON", truncated(Bodies.ticket("t")));
            case 1 -> post("wrong type", withField(Bodies.ticket("t"), pick(REQUIRED_TICKET_FIELDS), pick(WRONG_VALUES)));
            case 2 -> post("huge number", Bodies.ticket("t").replace("51.51", pick(List.of("1e309", "91", "-1e400",
                "123456789012345678901234567890", "9.9e99"))));
            case 3 -> badUtf8();
            case 4 -> post("missing field", without(Bodies.ticket("t"), pick(REQUIRED_TICKET_FIELDS)));
            case 5 -> post("strange text and a missing field",
                without(Bodies.ticket(pick(STRANGE_TEXT)), pick(REQUIRED_TICKET_FIELDS)));
            case 6 -> new Hostile("wrong content type", RawHttp.request("POST", "/v1/tickets", key, Bodies.ticket("t"),
                "Content-Type: " + pick(CONTENT_TYPES)));
            case 7 -> badId();
            case 8 -> new Hostile("junk query", RawHttp.request("GET", pick(QUERIES), key, null));
            case 9 -> post("deep nesting", "{\"title\":" + "[".repeat(40 + random.nextInt(200)) + "]".repeat(3) + "}");
            case 10 -> post("duplicate or unknown field", random.nextBoolean() ?
                Bodies.ticket("t").replaceFirst("\\{", "{\"title\":\"dup\",") : withField(Bodies.ticket("t"), "colour", "\"red\""));
            case 11 -> badKey();
            case 12 -> wrongPlace();
            case 13 -> random.nextBoolean() ?
                post("body over the limit", "{\"title\":\"" + "b".repeat(8_200 + random.nextInt(20_000)) + "\"}") :
                new Hostile("headers over the limit", RawHttp.request("GET", "/v1/plan", key, null,
                    "X-Filler: " + "h".repeat(4_100 + random.nextInt(10_000))));
            default -> post("random bytes", randomJsonish());
        };
    }

    private Hostile post(final String kind, final String body)
    {
        return new Hostile(kind, RawHttp.request("POST", "/v1/tickets", key, body));
    }

    private Hostile badUtf8()
    {
        final String ticket = without(Bodies.ticket("TITLE"), pick(List.of("priority", "location", "durationMinutes")));
        final byte[][] bad = {{(byte)0xC3, 0x28}, {(byte)0xFF}, {(byte)0xED, (byte)0xA0, (byte)0x80}, {(byte)0xF8, (byte)0x88, (byte)0x80},
            {(byte)0xC0, (byte)0xAF}, {(byte)0xE2, (byte)0x82}};
        final int at = ticket.indexOf("TITLE");
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(ticket.substring(0, at).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bad[random.nextInt(bad.length)]);
        body.writeBytes(ticket.substring(at + 5).getBytes(StandardCharsets.UTF_8));
        final byte[] content = body.toByteArray();
        final byte[] head = ("POST /v1/tickets HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
            + "\r\nContent-Type: application/json\r\nContent-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        final ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(head);
        all.writeBytes(content);
        return new Hostile("bad UTF-8", all.toByteArray());
    }

    private Hostile badId()
    {
        final String id = pick(BAD_IDS);
        return switch (random.nextInt(4))
        {
            case 0 -> new Hostile("bad id GET", RawHttp.request("GET", "/v1/tickets/" + id, key, null));
            case 1 -> new Hostile("bad id PUT", RawHttp.request("PUT", "/v1/engineers/" + id, key, Bodies.engineer("e")));
            case 2 -> new Hostile("bad id step", RawHttp.request("POST", "/v1/tickets/" + id + "/accept", key, null));
            default -> new Hostile("bad id PATCH", RawHttp.request("PATCH", "/v1/tickets/" + id, key, "{\"title\":\"x\"}"));
        };
    }

    private Hostile badKey()
    {
        final String header = pick(List.of("Bearer ", "Bearer " + "k".repeat(200), "Basic dXNlcjpwYXNz", "bearer",
            "Bearer " + key + "x", "Token " + key, "Bearer \u00e9"));
        return new Hostile("bad key", RawHttp.request("POST", "/v1/tickets", null, Bodies.ticket("t"), "Authorization: " + header));
    }

    /** Valid bodies where they do not belong: wrong method, wrong state, unknown entity. */
    private Hostile wrongPlace()
    {
        return switch (random.nextInt(5))
        {
            case 0 -> new Hostile("wrong method", RawHttp.request("PUT", "/v1/tickets", key, Bodies.ticket("t")));
            case 1 -> new Hostile("wrong method", RawHttp.request("DELETE", "/v1/plan", key, null));
            case 2 -> new Hostile("step out of order", RawHttp.request("POST", "/v1/tickets/T-1/complete", key, "{\"report\":\"x\"}"));
            case 3 -> new Hostile("unknown ticket", RawHttp.request("DELETE", "/v1/tickets/T-" + (1_000 + random.nextInt(1_000_000)), key, null));
            default -> new Hostile("empty patch", RawHttp.request("PATCH", "/v1/tickets/T-1", key, "{}"));
        };
    }

    private String randomJsonish()
    {
        final String alphabet = "{}[]\":,0123456789.eE+-truefalsnl \\u";
        final StringBuilder text = new StringBuilder("{");
        final int length = random.nextInt(1, 200);
        for (int i = 0; i < length; i++)
        {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        // Never closed as the object it opened, so never a valid ticket.
        return text.append("\"").toString();
    }

    private String truncated(final String json)
    {
        return json.substring(0, random.nextInt(json.lastIndexOf('}')));
    }

    private static String withField(final String json, final String field, final String value)
    {
        return json.replaceFirst("\\{", "{\"" + field + "\":" + value + ",").replace("\"" + field + "\":\"", "\"_" + field + "\":\"");
    }

    private static String without(final String json, final String field)
    {
        final Function<String, String> rename = text -> text.replace("\"" + field + "\":", "\"" + field + "_gone\":");
        // Renaming keeps the JSON well formed and makes the field both missing and unknown.
        return rename.apply(json);
    }

    private <T> T pick(final List<T> values)
    {
        return values.get(random.nextInt(values.size()));
    }
}
