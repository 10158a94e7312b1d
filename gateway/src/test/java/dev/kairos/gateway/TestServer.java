package dev.kairos.gateway;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

/** A real Kairos server in this JVM on a free loopback port, with a known admin key and a test clock. */
public final class TestServer implements AutoCloseable
{
    public static final String ADMIN_KEY = "test-admin-key-0123456789";
    /** 2026-11-23T09:00:00Z; each reading advances a millisecond so commands have distinct times. */
    public static final long START = Instant.parse("2026-11-23T09:00:00Z").toEpochMilli();

    private final KairosServer server;
    private final AtomicLong now = new AtomicLong(START);

    public TestServer(final Path data) throws InterruptedException
    {
        this(new ServerContext().port(0).dataFolder(data).optimiser(false));
    }

    public TestServer(final ServerContext context) throws InterruptedException
    {
        final InstantSource clock = () -> Instant.ofEpochMilli(now.getAndIncrement());
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
