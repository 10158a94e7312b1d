package dev.kairos.gateway.http;

/** Serves one route. Runs on the event loop: decode, offer to the engine, return; never block. */
@FunctionalInterface
public interface RouteHandler
{
    void handle(Exchange exchange);
}
