package dev.kairos.gateway;

import sun.misc.Signal;

import java.util.concurrent.CountDownLatch;

/**
 * Waits for SIGTERM or SIGINT. Handling them ourselves (rather than through a shutdown hook) lets
 * the main thread close the server in order and exit 0; the JVM's default on SIGTERM is 143.
 */
final class ShutdownSignal
{
    private final CountDownLatch received = new CountDownLatch(1);
    private volatile String name;

    ShutdownSignal()
    {
        for (final String signal : new String[]{"TERM", "INT"})
        {
            Signal.handle(new Signal(signal), s ->
            {
                name = s.getName();
                received.countDown();
            });
        }
    }

    /** Blocks until a signal arrives; returns its name. */
    String await() throws InterruptedException
    {
        received.await();
        return name;
    }
}
