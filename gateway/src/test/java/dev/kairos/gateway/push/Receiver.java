package dev.kairos.gateway.push;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on loopback (the JDK's HTTP server): answers 500 to the first {@code failFirst}
 * requests, 503 to everything while {@link #down} is set, and 200 otherwise; records every request.
 */
final class Receiver implements AutoCloseable
{
    /** One request as received: the headers Kairos sends, the body, and the answer given. */
    record Call(String webhook, String event, String delivery, String timestamp, String signature, String body, int status)
    {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;
    private volatile boolean down;

    Receiver(final int failFirst)
    {
        failuresLeft = new AtomicInteger(failFirst);
        try
        {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        server.createContext("/hooks", this::handle);
        server.start();
    }

    String url()
    {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    void down(final boolean down)
    {
        this.down = down;
    }

    List<Call> calls()
    {
        return List.copyOf(calls);
    }

    /** The bodies the receiver accepted, each delivery once (repeats after a restart dropped), in arrival order. */
    List<String> accepted(final String webhook)
    {
        final Map<String, String> byDelivery = new LinkedHashMap<>();
        for (final Call call : calls)
        {
            if (call.status() == 200 && call.webhook().equals(webhook))
            {
                byDelivery.putIfAbsent(call.delivery(), call.body());
            }
        }
        return new ArrayList<>(byDelivery.values());
    }

    private void handle(final HttpExchange exchange) throws IOException
    {
        final String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        final int status = down ? 503 : failuresLeft.getAndDecrement() > 0 ? 500 : 200;
        calls.add(new Call(
            exchange.getRequestHeaders().getFirst("Kairos-Webhook"),
            exchange.getRequestHeaders().getFirst("Kairos-Event"),
            exchange.getRequestHeaders().getFirst("Kairos-Delivery"),
            exchange.getRequestHeaders().getFirst("Kairos-Timestamp"),
            exchange.getRequestHeaders().getFirst("Kairos-Signature"),
            body, status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close()
    {
        server.stop(0);
    }
}
