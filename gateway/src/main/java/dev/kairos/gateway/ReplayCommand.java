package dev.kairos.gateway;

import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.journal.Journal;
import dev.kairos.solver.journal.JournalDamagedException;
import dev.kairos.solver.engine.StartFromSnapshot;
import dev.kairos.solver.snapshot.SnapshotStore;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.StateDigest;
import dev.kairos.solver.state.Ticket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code kairos replay --data DIR [--until TIME]}: rebuilds the state as of any moment from the
 * newest snapshot taken at or before that moment and the journal after it (or the whole journal),
 * read-only (it may run beside the server), and prints what it started from, its position, time and digest —
 * the same digest a server logs, so an audit can check a server's state against its journal.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, description = "Rebuild the state as of a moment, read-only.")
final class ReplayCommand implements Callable<Integer>
{
    @Option(names = "--data", required = true, description = "Data folder (the journal is DATA/journal).")
    Path data;

    @Option(names = "--until", description = "ISO-8601 instant: stop before the first command received after it.")
    String until;

    @Option(names = "--no-snapshots", description = "Replay the whole journal, ignoring DATA/snapshots (to check a snapshot against it).")
    boolean noSnapshots;

    @Override
    public Integer call()
    {
        final long untilAt;
        try
        {
            untilAt = until == null ? Long.MAX_VALUE : Instant.parse(until).toEpochMilli();
        }
        catch (final DateTimeParseException ex)
        {
            System.err.println("kairos: --until must be an ISO-8601 instant such as 2026-11-23T12:00:00Z, was " + until);
            return 2;
        }
        final LiveState state;
        final long started = System.nanoTime();
        final ServerContext context = new ServerContext().dataFolder(data);
        try (Journal journal = Journal.openReadOnly(context.journalFolder()))
        {
            // Read-only throughout: snapshots are only read, the journal opened read-only, nothing written.
            final SnapshotStore store = new SnapshotStore(noSnapshots ? data.resolve("no-snapshots-wanted") : context.snapshotFolder());
            final StartFromSnapshot.Started from = StartFromSnapshot.load(store, journal, untilAt);
            state = from.state();
            if (from.snapshot() != null)
            {
                System.out.println("snapshot " + from.snapshot() + " (position " + from.snapshotPosition() + "), then "
                    + from.replayed() + " journal records after it");
            }
            else
            {
                System.out.println("no snapshot used (" + (noSnapshots ? "--no-snapshots" : "none at or before --until, or none sound")
                    + "): replayed " + from.replayed() + " journal records from the start");
            }
            if (journal.tailCut() != null)
            {
                System.out.println("damaged last record at position " + journal.tailCut().position() + " ("
                    + journal.tailCut().reason() + "): not applied");
            }
        }
        catch (final JournalDamagedException | dev.kairos.solver.journal.JournalTrimmedException ex)
        {
            System.err.println("kairos: " + ex.getMessage());
            return 2;
        }
        final double seconds = (System.nanoTime() - started) / 1e9;
        final Map<TicketStatus, Integer> byStatus = new EnumMap<>(TicketStatus.class);
        for (final Ticket ticket : state.tickets())
        {
            byStatus.merge(ticket.status(), 1, Integer::sum);
        }
        System.out.println("position " + state.position());
        System.out.println("time     " + (state.position() == 0 ? "-" : Instant.ofEpochMilli(state.time())));
        System.out.println("digest   " + StateDigest.of(state));
        System.out.println("tickets  " + state.tickets().size() + " " + byStatus);
        System.out.println("engineers " + state.engineers().size() + ", routes " + state.plan().routes().size()
            + ", unassigned " + state.plan().unassigned().size());
        System.out.printf("replayed in %.3f s%n", seconds);
        return 0;
    }
}
