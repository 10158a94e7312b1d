package dev.kairos.benchmarks.load;

import dev.kairos.gateway.KairosServer;
import dev.kairos.gateway.ServerContext;
import dev.kairos.solver.engine.EngineContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A server to measure: where it listens, the key to send, whether it is Kairos (and so needs
 * engineers and tickets put first), and what to stop when the run owns it. Start and close from
 * the owning thread.
 */
final class Target implements AutoCloseable
{
    static final String CEILING = "ceiling";
    static final String KAIROS = "kairos";
    /** How the report names a Kairos this run started itself. */
    static final String IN_PROCESS = "in-process";
    /** Requests a second the in-process Kairos lets the load key send: ten times the ceiling's capacity. */
    static final double UNLIMITED_RATE = 2_000_000;

    private final String name;
    private final InetSocketAddress address;
    private final String apiKey;
    private final Runnable owned;

    private Target(final String name, final InetSocketAddress address, final String apiKey, final Runnable owned)
    {
        this.name = name;
        this.address = address;
        this.apiKey = apiKey;
        this.owned = owned;
    }

    static Target ceiling() throws InterruptedException
    {
        final CeilingServer server = CeilingServer.start();
        return new Target(CEILING, server.address(), "ceiling-needs-no-key", server::close);
    }

    /**
     * Kairos in this JVM on a fresh temporary data folder, deleted on close. The inbox is sized
     * so that the generator's bound on requests in flight, not the inbox, is what holds load
     * back: a 503 here would mean the generator outran its own limit. The optimiser is a choice
     * the report states, since it shares the same cores. The rate limiter still checks every
     * request (its cost is part of what is measured) but at a limit no run reaches: at the server's
     * default of 100,000 requests a second the capacity step measured the limiter, not the server
     * (2026-12-07 session 7: 99,695 succeeded/s and 8.9 % answered 429).
     */
    static Target kairosInProcess(final int inFlightBound, final boolean optimiser) throws InterruptedException
    {
        final Path data = temporaryFolder();
        final byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        final String key = "load-" + HexFormat.of().formatHex(secret);
        final KairosServer server = KairosServer.start(new ServerContext()
            .port(0)
            .dataFolder(data)
            .adminKey(key)
            .optimiser(optimiser)
            .rateLimit(UNLIMITED_RATE)
            .inboxCapacity(Math.max(EngineContext.DEFAULT_INBOX_CAPACITY, 2 * inFlightBound)));
        return new Target(KAIROS, new InetSocketAddress(ServerContext.DEFAULT_HOST, server.port()), key, () ->
        {
            server.close();
            dev.kairos.solver.journal.Folders.delete(data);
        });
    }

    /** A Kairos someone else runs; only on loopback, so a load test never leaves the machine. */
    static Target kairosAt(final URI url, final String apiKey)
    {
        if (!"http".equals(url.getScheme()) || url.getHost() == null || url.getPort() < 1)
        {
            throw new IllegalArgumentException("--url: expected http://127.0.0.1:PORT, was " + url);
        }
        if (apiKey == null || apiKey.isBlank())
        {
            throw new IllegalArgumentException("--key: required with --url (an API key that may write)");
        }
        try
        {
            final InetAddress host = InetAddress.getByName(url.getHost());
            if (!host.isLoopbackAddress())
            {
                throw new IllegalArgumentException("--url: only loopback addresses may be loaded, was " + url.getHost());
            }
            return new Target(KAIROS, new InetSocketAddress(host, url.getPort()), apiKey, () -> { });
        }
        catch (final UnknownHostException ex)
        {
            throw new IllegalArgumentException("--url: unknown host " + url.getHost(), ex);
        }
    }

    String name()
    {
        return name;
    }

    InetSocketAddress address()
    {
        return address;
    }

    String apiKey()
    {
        return apiKey;
    }

    /** Whether the settings' target names the in-process server, whose CPU then counts as this process's. */
    static boolean isInProcess(final String settingsTarget)
    {
        return IN_PROCESS.equals(settingsTarget);
    }

    boolean isKairos()
    {
        return KAIROS.equals(name);
    }

    String hostHeader()
    {
        return address.getHostString() + ":" + address.getPort();
    }

    URI uri(final String path)
    {
        return URI.create("http://" + hostHeader() + path);
    }

    @Override
    public void close()
    {
        owned.run();
    }

    private static Path temporaryFolder()
    {
        try
        {
            return Files.createTempDirectory("kairos-load");
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
