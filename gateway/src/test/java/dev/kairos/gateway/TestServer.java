package dev.kairos.gateway;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

/** A real Kairos server in this JVM on a free loopback port, with a known admin key and a test clock. */
public final class TestServer implements AutoCloseable
{
    public static final String ADMIN_KEY = "test-admin-key-0123456789";
    /** 2026-11-23T09:00:00Z until a test moves it: the engine reads the clock constantly, so it must not tick by itself. */
    public static final long START = Instant.parse("2026-11-23T09:00:00Z").toEpochMilli();

    private final KairosServer server;
    private final AtomicLong now = new AtomicLong(START);

    public TestServer(final Path data) throws InterruptedException
    {
        this(new ServerContext().port(0).dataFolder(data).optimiser(false));
    }

    public TestServer(final ServerContext context) throws InterruptedException
    {
        final InstantSource clock = () -> Instant.ofEpochMilli(now.get());
        server = KairosServer.start(context.adminKey(ADMIN_KEY).clock(clock));
    }

    public Api api()
    {
        return new Api(server.url(), ADMIN_KEY);
    }

    public KairosServer server()
    {
        return server;
    }

    /** Moves the server's clock (request stamps and the engine's time-driven work) forward. */
    public void advance(final java.time.Duration by)
    {
        now.addAndGet(by.toMillis());
    }

    public long position()
    {
        return server.engine().position();
    }

    @Override
    public void close()
    {
        server.close();
    }
}
