package dev.kairos.gateway;

import dev.kairos.solver.engine.EngineContext;

import java.nio.file.Path;
import java.time.InstantSource;

/**
 * Server configuration, Aeron-context style: defaults below, {@link #conclude()} validates and
 * names the property that is wrong.
 */
public final class ServerContext
{
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Tickets and engineers are a few KiB; a megabyte leaves room without inviting abuse. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** One event loop: the engine thread needs the other core. */
    public static final int DEFAULT_IO_THREADS = 1;

    /** All request headers together (Netty's default): ample for a bearer key and the usual headers. */
    public static final int DEFAULT_MAX_HEADER_BYTES = 8192;
    /** Requests a second per API key: far above what one client needs, and above the load tests' rates. */
    public static final double DEFAULT_RATE_LIMIT = 100_000;
    /** Open connections: a file descriptor and a few buffers each. */
    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;

    private String host = DEFAULT_HOST;
    private int port = 8080;
    private Path dataFolder;
    private long snapshotEvery = DEFAULT_SNAPSHOT_EVERY;
    private java.time.Duration snapshotInterval = DEFAULT_SNAPSHOT_INTERVAL;
    private int snapshotsKept = dev.kairos.solver.engine.EngineContext.DEFAULT_SNAPSHOTS_KEPT;
    private java.time.Duration journalRetention = java.time.Duration.ZERO;
    private String adminKey;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int ioThreads = DEFAULT_IO_THREADS;
    private int maxHeaderBytes = DEFAULT_MAX_HEADER_BYTES;
    private double rateLimit = DEFAULT_RATE_LIMIT;
    private double rateBurst;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private java.time.Duration idleTimeout = java.time.Duration.ofSeconds(60);
    private java.util.function.LongSupplier rateClock = System::nanoTime;
    private int inboxCapacity = dev.kairos.solver.engine.EngineContext.DEFAULT_INBOX_CAPACITY;
    private InstantSource clock = InstantSource.system();
    private java.time.Duration tickInterval = EngineContext.DEFAULT_TICK_INTERVAL;
    private boolean optimiser = true;
    private Path tlsCertificate;
    private Path tlsKey;
    private dev.kairos.solver.journal.JournalSync journalSync = dev.kairos.solver.journal.JournalSync.NONE;
    private Path policyFile;
    private boolean reloadPolicies;
    private dev.kairos.gateway.push.PushContext push = new dev.kairos.gateway.push.PushContext();
    private dev.kairos.solver.domain.Area area;

    public ServerContext host(final String host)
    {
        this.host = host;
        return this;
    }

    public String host()
    {
        return host;
    }

    /** 0 picks a free port; the server reports the real one. */
    public ServerContext port(final int port)
    {
        this.port = port;
        return this;
    }

    public int port()
    {
        return port;
    }

    /** Holds the journal ({@code journal/}) and anything else the server keeps. */
    public ServerContext dataFolder(final Path dataFolder)
    {
        this.dataFolder = dataFolder;
        return this;
    }

    public Path dataFolder()
    {
        return dataFolder;
    }

    /** The bootstrap admin key; null to keep the journaled one, or generate one on first start. */
    public ServerContext adminKey(final String adminKey)
    {
        this.adminKey = adminKey;
        return this;
    }

    public String adminKey()
    {
        return adminKey;
    }

    public ServerContext maxBodyBytes(final int maxBodyBytes)
    {
        this.maxBodyBytes = maxBodyBytes;
        return this;
    }

    public int maxBodyBytes()
    {
        return maxBodyBytes;
    }

    /** Largest request head: request line and headers (431 beyond the headers' share). */
    public ServerContext maxHeaderBytes(final int maxHeaderBytes)
    {
        this.maxHeaderBytes = maxHeaderBytes;
        return this;
    }

    public int maxHeaderBytes()
    {
        return maxHeaderBytes;
    }

    /** Requests a second per API key (per connection without one); beyond it 429 with Retry-After. */
    public ServerContext rateLimit(final double rateLimit)
    {
        this.rateLimit = rateLimit;
        return this;
    }

    public double rateLimit()
    {
        return rateLimit;
    }

    /** How many requests a quiet key may send at once; 0 means one second's worth of the rate. */
    public ServerContext rateBurst(final double rateBurst)
    {
        this.rateBurst = rateBurst;
        return this;
    }

    public double rateBurst()
    {
        return rateBurst > 0 ? rateBurst : Math.max(1, rateLimit);
    }

    /** The rate limit's monotonic clock in nanoseconds (wall time, never engine time); tests hold it still. */
    public ServerContext rateClock(final java.util.function.LongSupplier rateClock)
    {
        this.rateClock = rateClock;
        return this;
    }

    public java.util.function.LongSupplier rateClock()
    {
        return rateClock;
    }

    /** An HTTP connection with no traffic for this long is closed; zero never (streams are exempt). */
    public ServerContext idleTimeout(final java.time.Duration idleTimeout)
    {
        this.idleTimeout = idleTimeout;
        return this;
    }

    public java.time.Duration idleTimeout()
    {
        return idleTimeout;
    }

    /** Open connections served at once; one more is answered 503 and closed. */
    public ServerContext maxConnections(final int maxConnections)
    {
        this.maxConnections = maxConnections;
        return this;
    }

    public int maxConnections()
    {
        return maxConnections;
    }

    public ServerContext ioThreads(final int ioThreads)
    {
        this.ioThreads = ioThreads;
        return this;
    }

    public int ioThreads()
    {
        return ioThreads;
    }

    public ServerContext inboxCapacity(final int inboxCapacity)
    {
        this.inboxCapacity = inboxCapacity;
        return this;
    }

    public int inboxCapacity()
    {
        return inboxCapacity;
    }

    /** Stamps each request's receive time, which becomes its command's engine time. */
    public ServerContext clock(final InstantSource clock)
    {
        this.clock = clock;
        return this;
    }

    public InstantSource clock()
    {
        return clock;
    }

    /** How often the engine looks for due work besides before each request; zero for a clock that jumps (the simulator's). */
    public ServerContext tickInterval(final java.time.Duration tickInterval)
    {
        this.tickInterval = tickInterval;
        return this;
    }

    public java.time.Duration tickInterval()
    {
        return tickInterval;
    }

    /** Whether Timefold improves the plan in the background (tests turn it off to keep plans fixed). */
    public ServerContext optimiser(final boolean optimiser)
    {
        this.optimiser = optimiser;
        return this;
    }

    public boolean optimiser()
    {
        return optimiser;
    }

    public ServerContext journalSync(final dev.kairos.solver.journal.JournalSync journalSync)
    {
        this.journalSync = journalSync;
        return this;
    }

    public dev.kairos.solver.journal.JournalSync journalSync()
    {
        return journalSync;
    }

    /** SLA calendars and policies to seed an empty journal with; null for none. */
    public ServerContext policyFile(final Path policyFile)
    {
        this.policyFile = policyFile;
        return this;
    }

    public Path policyFile()
    {
        return policyFile;
    }

    /** Apply the policy file's changes to a journal that already has entries. */
    public ServerContext reloadPolicies(final boolean reloadPolicies)
    {
        this.reloadPolicies = reloadPolicies;
        return this;
    }

    public boolean reloadPolicies()
    {
        return reloadPolicies;
    }

    /**
     * Serve HTTPS (and WSS) with this PEM certificate chain and PEM PKCS#8 private key; both or
     * neither.
     */
    public ServerContext tls(final Path certificateChain, final Path privateKey)
    {
        this.tlsCertificate = certificateChain;
        this.tlsKey = privateKey;
        return this;
    }

    public Path tlsCertificate()
    {
        return tlsCertificate;
    }

    public Path tlsKey()
    {
        return tlsKey;
    }

    /** The event stream's buffers, limits and token lifetime. */
    public ServerContext push(final dev.kairos.gateway.push.PushContext push)
    {
        this.push = push;
        return this;
    }

    public dev.kairos.gateway.push.PushContext push()
    {
        return push;
    }

    public Path journalFolder()
    {
        return dataFolder.resolve("journal");
    }

    /** Commands between snapshots (--snapshot-every); a million replay in about a second, see RESULTS.md. */
    public static final long DEFAULT_SNAPSHOT_EVERY = 1_000_000;
    /** Clock time between snapshots while commands arrive (--snapshot-interval). */
    public static final java.time.Duration DEFAULT_SNAPSHOT_INTERVAL = java.time.Duration.ofMinutes(10);

    /** When the engine snapshots its state (besides at shutdown); 0 / zero turn a trigger off. */
    public ServerContext snapshots(final long every, final java.time.Duration interval, final int kept)
    {
        this.snapshotEvery = every;
        this.snapshotInterval = interval;
        this.snapshotsKept = kept;
        return this;
    }

    public long snapshotEvery()
    {
        return snapshotEvery;
    }

    public java.time.Duration snapshotInterval()
    {
        return snapshotInterval;
    }

    public int snapshotsKept()
    {
        return snapshotsKept;
    }

    /** How long journal files are kept (--retain-days); zero keeps the whole journal. See EngineContext.journalRetention. */
    public ServerContext journalRetention(final java.time.Duration retention)
    {
        this.journalRetention = retention;
        return this;
    }

    public java.time.Duration journalRetention()
    {
        return journalRetention;
    }

    public Path snapshotFolder()
    {
        return dataFolder.resolve("snapshots");
    }

    public ServerContext conclude()
    {
        check(dataFolder != null, "dataFolder (--data): required");
        check(port >= 0 && port <= 65_535, "port (--port): must be 0 to 65535, was " + port);
        check(idleTimeout != null && !idleTimeout.isNegative(), "--idle-timeout: must be zero or more, was " + idleTimeout);
        check((tlsCertificate == null) == (tlsKey == null), "--tls-cert and --tls-key go together, one was given without the other");
        check(maxBodyBytes >= 1024, "maxBodyBytes: must be at least 1024, was " + maxBodyBytes);
        check(maxHeaderBytes >= 1024, "maxHeaderBytes (--max-header-bytes): must be at least 1024, was " + maxHeaderBytes);
        check(rateLimit > 0 && rateBurst >= 0, "rateLimit (--rate-limit): must be above 0, was " + rateLimit
            + (rateBurst < 0 ? "; rateBurst (--rate-burst) must not be negative, was " + rateBurst : ""));
        check(maxConnections >= 1, "maxConnections (--max-connections): must be at least 1, was " + maxConnections);
        check(ioThreads >= 1, "ioThreads (--io-threads): must be at least 1, was " + ioThreads);
        check(adminKey == null || adminKey.length() >= 16,
            "adminKey (--admin-key / KAIROS_ADMIN_KEY): must be at least 16 characters");
        return this;
    }

    private static void check(final boolean valid, final String problem)
    {
        if (!valid)
        {
            throw new IllegalArgumentException(problem);
        }
    }

    /** The area to plan in (--area): set at start when the journal has another; null keeps the journal's. */
    public ServerContext area(final dev.kairos.solver.domain.Area area)
    {
        this.area = area;
        return this;
    }

    public dev.kairos.solver.domain.Area area()
    {
        return area;
    }
}
