package dev.kairos.gateway;

import dev.kairos.solver.journal.JournalDamagedException;
import dev.kairos.solver.journal.JournalSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code kairos serve}: the server alone, until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the Kairos server.")
final class ServeCommand implements Callable<Integer>
{
    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = ServerContext.DEFAULT_HOST, description = "Address to bind (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data", required = true, description = "Data folder: the journal lives in DATA/journal.")
    Path data;

    @Option(names = "--admin-key", defaultValue = "${env:KAIROS_ADMIN_KEY}",
        description = "Bootstrap admin API key (or env KAIROS_ADMIN_KEY); without one, a key is made on first start and printed once.")
    String adminKey;

    @Option(names = "--io-threads", defaultValue = "1", description = "Netty event loops (default ${DEFAULT-VALUE}).")
    int ioThreads;

    @Option(names = "--max-body-bytes", defaultValue = "1048576", description = "Largest request body (default ${DEFAULT-VALUE}).")
    int maxBodyBytes;

    @Option(names = "--max-header-bytes", defaultValue = "8192", description = "Largest request header block; larger is 431 (default ${DEFAULT-VALUE}).")
    int maxHeaderBytes;

    @Option(names = "--rate-limit", defaultValue = "100000",
        description = "Requests a second per API key (per connection without one); beyond it 429 with Retry-After (default ${DEFAULT-VALUE}).")
    double rateLimit;

    @Option(names = "--rate-burst", defaultValue = "0",
        description = "Requests a quiet key may send at once (default: one second of --rate-limit).")
    double rateBurst;

    @Option(names = "--webhook-fail-after", defaultValue = "5",
        description = "Failed attempts in a row at one webhook delivery before a webhook.failed event (default ${DEFAULT-VALUE}).")
    int webhookFailAfter;

    @Option(names = "--max-connections", defaultValue = "10000",
        description = "Open connections served at once; more are answered 503 and closed (default ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--idle-timeout", defaultValue = "PT60S",
        description = "Close an HTTP connection with no traffic for this long (ISO-8601; PT0S never); streams are exempt (default ${DEFAULT-VALUE}).")
    java.time.Duration idleTimeout;

    @Option(names = "--optimiser", negatable = true, defaultValue = "true", fallbackValue = "true",
        description = "Improve the plan continuously with Timefold (default on; --no-optimiser keeps the fast path's plan).")
    boolean optimiser;

    @Option(names = "--journal-sync", defaultValue = "NONE",
        description = "When acknowledged records reach the disk: NONE (OS write-back; survives a process crash), ASYNC or SYNC (msync per record).")
    JournalSync journalSync;

    @Option(names = "--policies", description = "SLA policy file (calendars and policies) to seed an empty journal with.")
    Path policies;

    @Option(names = "--reload-policies", description = "Apply the --policies file to a journal that has entries (changed entries only).")
    boolean reloadPolicies;

    @Option(names = "--clock-speed", defaultValue = "1", description = "Run engine time N times faster than the wall clock, "
        + "resuming where the last run left it (default ${DEFAULT-VALUE}).")
    double clockSpeed;

    @Option(names = "--tls-cert", description = "PEM certificate chain: serve HTTPS and WSS (with --tls-key).")
    Path tlsCert;

    @Option(names = "--tls-key", description = "PEM private key (PKCS#8) of --tls-cert.")
    Path tlsKey;

    @Option(names = "--snapshot-every", defaultValue = "1000000",
        description = "Snapshot the state every N commands into DATA/snapshots, and at shutdown; 0: not by count (default ${DEFAULT-VALUE}).")
    long snapshotEvery;

    @Option(names = "--snapshot-interval", defaultValue = "PT10M",
        description = "Also snapshot after this much time with commands (ISO-8601); PT0S: not by time (default ${DEFAULT-VALUE}).")
    java.time.Duration snapshotInterval;

    @Option(names = "--area", description = "geographic ({lat, lon}, great-circle travel) or planar ({x, y}, Euclidean travel, "
        + "as the published instances): set on an empty journal; default: what the journal has (geographic when new).")
    String area;

    @Option(names = "--unit-minutes", defaultValue = "1", description = "On a planar area, driving minutes per distance unit "
        + "(default ${DEFAULT-VALUE}, as the published instances count time).")
    double unitMinutes;

    @Option(names = "--retain-days", defaultValue = "0", description = "Delete journal days older than this once the oldest "
        + "snapshot kept and every webhook receiver are past them; replay-as-of and stream resume then reach back only that far. "
        + "0 (the default): keep the whole journal.")
    int retainDays;

    @Option(names = "--snapshots-kept", defaultValue = "3", description = "Snapshot files kept, newest first (default ${DEFAULT-VALUE}).")
    int snapshotsKept;

    @Override
    public Integer call() throws Exception
    {
        final ServerContext context = new ServerContext()
            .host(host)
            .port(port)
            .dataFolder(data)
            .adminKey(adminKey == null || adminKey.isEmpty() ? null : adminKey)
            .ioThreads(ioThreads)
            .maxBodyBytes(maxBodyBytes)
            .maxHeaderBytes(maxHeaderBytes)
            .rateLimit(rateLimit)
            .rateBurst(rateBurst)
            .maxConnections(maxConnections)
            .push(new dev.kairos.gateway.push.PushContext().webhookFailAfter(webhookFailAfter))
            .idleTimeout(idleTimeout)
            .optimiser(optimiser)
            .journalSync(journalSync)
            .policyFile(policies)
            .reloadPolicies(reloadPolicies)
            .tls(tlsCert, tlsKey)
            .snapshots(snapshotEvery, snapshotInterval, snapshotsKept)
            .journalRetention(java.time.Duration.ofDays(retainDays));
        if (area != null)
        {
            try
            {
                context.area(switch (area.toLowerCase(java.util.Locale.ROOT))
                {
                    case "geographic" -> dev.kairos.solver.domain.Area.GEOGRAPHIC;
                    case "planar" -> dev.kairos.solver.domain.Area.planar(unitMinutes * 60_000);
                    default -> throw new IllegalArgumentException("--area must be geographic or planar, was " + area);
                });
            }
            catch (final IllegalArgumentException ex)
            {
                System.err.println("kairos: " + ex.getMessage());
                return 2;
            }
        }
        if (retainDays < 0)
        {
            System.err.println("kairos: --retain-days must not be negative, was " + retainDays);
            return 2;
        }
        if (webhookFailAfter < 1)
        {
            System.err.println("kairos: --webhook-fail-after must be at least 1, was " + webhookFailAfter);
            return 2;
        }
        if (reloadPolicies && policies == null)
        {
            System.err.println("kairos: --reload-policies needs --policies FILE");
            return 2;
        }
        try
        {
            if (clockSpeed != 1 || java.nio.file.Files.exists(data.resolve(EngineClock.FILE)))
            {
                context.clock(EngineClock.resume(data, clockSpeed));
            }
        }
        catch (final dev.kairos.solver.journal.JournalTrimmedException ex)
        {
            System.err.println("kairos: " + ex.getMessage() + "; refusing to start. Restore the snapshots folder from a backup.");
            return 2;
        }
        catch (final IllegalArgumentException ex)
        {
            System.err.println("kairos: " + ex.getMessage());
            return 2;
        }
        return run(context, server ->
        {
            if (server.generatedAdminKey() != null)
            {
                System.out.println("Admin API key (shown once, keep it): " + server.generatedAdminKey());
            }
        });
    }

    /** Starts, announces readiness, waits for a signal, stops. Shared with the demo. */
    static int run(final ServerContext context, final java.util.function.Consumer<KairosServer> onStart) throws Exception
    {
        final ShutdownSignal signal = new ShutdownSignal();
        final KairosServer server;
        try
        {
            server = KairosServer.start(context);
        }
        catch (final JournalDamagedException ex)
        {
            System.err.println("kairos: " + ex.getMessage() + "; refusing to start. The journal is untouched: "
                + "restore it from a backup, or move it aside to start empty.");
            return 2;
        }
        catch (final IllegalArgumentException ex)
        {
            System.err.println("kairos: " + ex.getMessage());
            return 2;
        }
        onStart.accept(server);
        System.out.println("Kairos ready on " + server.url());
        System.out.flush();
        final String name = signal.await();
        System.out.println("Kairos stopping (SIG" + name + ")");
        server.close();
        System.out.println("Kairos stopped");
        return 0;
    }
}
